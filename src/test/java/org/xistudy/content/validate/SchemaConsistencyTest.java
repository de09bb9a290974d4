package org.xistudy.content.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schema that authors read and the shapes the validator enforces must describe the same
 * fields: same names, same required fields, same allowed values.
 */
class SchemaConsistencyTest {
    private static final Path SCHEMA = Path.of(System.getProperty("xistudy.projectDir", "."),
            "resources/content/schema/pack.schema.json");

    @Test
    void schemaAndValidatorAgreeOnEveryObject() throws IOException {
        JsonObject schema = JsonParser.parseString(Files.readString(SCHEMA)).getAsJsonObject();
        JsonObject defs = schema.getAsJsonObject("$defs");
        for (Shape shape : PackSchema.ALL) {
            JsonObject def = shape == PackSchema.PACK ? schema : defs.getAsJsonObject(shape.name);
            assertNotNull(def, "the schema has no definition for " + shape.name);
            assertEquals(new TreeSet<>(shape.fields.keySet()), new TreeSet<>(def.getAsJsonObject("properties").keySet()),
                    "fields of " + shape.name);
            Set<String> required = new TreeSet<>();
            if (def.has("required")) {
                def.getAsJsonArray("required").forEach(e -> required.add(e.getAsString()));
            }
            Set<String> javaRequired = new TreeSet<>();
            shape.fields.values().stream().filter(Shape.Field::required).forEach(f -> javaRequired.add(f.name()));
            assertEquals(javaRequired, required, "required fields of " + shape.name);
            for (Shape.Field f : shape.fields.values()) {
                if (f.type() == Shape.Type.ENUM) {
                    JsonElement values = def.getAsJsonObject("properties").getAsJsonObject(f.name()).get("enum");
                    Set<String> schemaValues = new TreeSet<>();
                    values.getAsJsonArray().forEach(e -> schemaValues.add(e.getAsString()));
                    assertEquals(new TreeSet<>(f.values()), schemaValues, shape.name + "." + f.name());
                }
            }
        }
    }

    @Test
    void requiredListsAgreeOnWhetherTheyMayBeEmpty() throws IOException {
        JsonObject schema = JsonParser.parseString(Files.readString(SCHEMA)).getAsJsonObject();
        JsonObject defs = schema.getAsJsonObject("$defs");
        int checked = 0;
        for (Shape shape : PackSchema.ALL) {
            JsonObject def = shape == PackSchema.PACK ? schema : defs.getAsJsonObject(shape.name);
            for (Shape.Field f : shape.fields.values()) {
                boolean list = f.type() == Shape.Type.ID_ARRAY || f.type() == Shape.Type.OBJECT_ARRAY;
                if (!list || !f.required()) {
                    continue;
                }
                JsonObject property = def.getAsJsonObject("properties").getAsJsonObject(f.name());
                boolean schemaNeedsOne = property.has("minItems") && property.get("minItems").getAsInt() >= 1;
                assertEquals(!f.mayBeEmpty(), schemaNeedsOne, shape.name + "." + f.name() + ": minItems");
                checked++;
            }
        }
        assertTrue(checked >= 10, "only " + checked + " required lists were compared");
    }

    @Test
    void cardTypeRequirementsMatch() throws IOException {
        JsonObject card = JsonParser.parseString(Files.readString(SCHEMA)).getAsJsonObject()
                .getAsJsonObject("$defs").getAsJsonObject("card");
        Map<String, Set<String>> fromSchema = new java.util.TreeMap<>();
        for (JsonElement rule : card.getAsJsonArray("allOf")) {
            JsonObject type = rule.getAsJsonObject().getAsJsonObject("if").getAsJsonObject("properties")
                    .getAsJsonObject("type");
            Set<String> req = new TreeSet<>();
            rule.getAsJsonObject().getAsJsonObject("then").getAsJsonArray("required").forEach(e -> req.add(e.getAsString()));
            if (type.has("const")) {
                fromSchema.put(type.get("const").getAsString(), req);
            } else {
                type.getAsJsonArray("enum").forEach(e -> fromSchema.put(e.getAsString(), req));
            }
        }
        Map<String, Set<String>> fromJava = new java.util.TreeMap<>();
        PackSchema.CARD_FIELDS.forEach((t, fields) -> fromJava.put(t.jsonName(), new TreeSet<>(fields)));
        assertEquals(fromJava, fromSchema);
    }

    @Test
    void stepKindRequirementsMatch() throws IOException {
        JsonObject step = JsonParser.parseString(Files.readString(SCHEMA)).getAsJsonObject()
                .getAsJsonObject("$defs").getAsJsonObject("step");
        Map<String, String> fromSchema = new java.util.TreeMap<>();
        for (JsonElement rule : step.getAsJsonArray("allOf")) {
            String kind = rule.getAsJsonObject().getAsJsonObject("if").getAsJsonObject("properties")
                    .getAsJsonObject("kind").get("const").getAsString();
            JsonObject then = rule.getAsJsonObject().getAsJsonObject("then");
            Set<String> req = new TreeSet<>();
            if (then.has("required")) {
                then.getAsJsonArray("required").forEach(e -> req.add(e.getAsString()));
            }
            Set<String> oneOf = new TreeSet<>();
            if (then.has("oneOf")) {
                for (JsonElement alt : then.getAsJsonArray("oneOf")) {
                    alt.getAsJsonObject().getAsJsonArray("required").forEach(e -> oneOf.add(e.getAsString()));
                }
            }
            fromSchema.put(kind, "required " + req + ", one of " + oneOf);
        }
        Map<String, String> fromJava = new java.util.TreeMap<>();
        PackSchema.STEP_RULES.forEach((k, r) -> fromJava.put(k.jsonName(), "required " + new TreeSet<>(r.required())
                + ", one of " + new TreeSet<>(r.oneOf())));
        assertEquals(fromJava, fromSchema);
        for (PackSchema.StepRule r : PackSchema.STEP_RULES.values()) {
            for (String field : r.allowed()) {
                assertNotNull(PackSchema.STEP_SHAPE.fields.get(field), "the step shape lacks " + field);
            }
        }
    }

    @Test
    void theLessonFileSchemaMatchesTheValidator() throws IOException {
        Path file = SCHEMA.resolveSibling("lessons.schema.json");
        JsonObject schema = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
        assertEquals(new TreeSet<>(PackSchema.LESSON_FILE.fields.keySet()),
                new TreeSet<>(schema.getAsJsonObject("properties").keySet()));
        Set<String> required = new TreeSet<>();
        schema.getAsJsonArray("required").forEach(e -> required.add(e.getAsString()));
        Set<String> javaRequired = new TreeSet<>();
        PackSchema.LESSON_FILE.fields.values().stream().filter(Shape.Field::required).forEach(f -> javaRequired.add(f.name()));
        assertEquals(javaRequired, required);
        String ref = schema.getAsJsonObject("properties").getAsJsonObject("lessons").getAsJsonObject("items")
                .get("$ref").getAsString();
        JsonObject pack = JsonParser.parseString(Files.readString(SCHEMA)).getAsJsonObject();
        String packId = pack.get("$id").getAsString();
        String base = schema.get("$id").getAsString();
        assertEquals(packId, base.substring(0, base.lastIndexOf('/') + 1) + ref.substring(0, ref.indexOf('#')),
                "the lesson file schema refers to the pack schema by its $id");
        assertNotNull(pack.getAsJsonObject("$defs").get(ref.substring(ref.lastIndexOf('/') + 1)));
    }
}
