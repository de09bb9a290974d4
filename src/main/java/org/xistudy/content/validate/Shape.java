package org.xistudy.content.validate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shape of one kind of JSON object in a content pack: its fields, their JSON types, whether
 * they are required, and which other items they point at. The validator walks these shapes; the
 * JSON Schema in {@code resources/content/schema} documents the same shapes for authors, and a
 * test keeps the two in step.
 */
final class Shape {

    /** The JSON type a field must have. */
    enum Type { STRING, INTEGER, BOOLEAN, DATE, ID, OBJECT, STRING_ARRAY, ID_ARRAY, OBJECT_ARRAY, ENUM, ANY }

    /**
     * A field of an object. {@code targets} names the item kinds an id field may point at. A
     * required array needs at least one entry unless {@code mayBeEmpty}.
     */
    record Field(String name, Type type, boolean required, Shape shape, Set<String> values, Set<String> targets,
            boolean mayBeEmpty) {
        Field(String name, Type type, boolean required, Shape shape, Set<String> values, Set<String> targets) {
            this(name, type, required, shape, values, targets, false);
        }
    }

    final String name;
    final Map<String, Field> fields = new LinkedHashMap<>();
    private int requiredCount = -1;

    Shape(String name) {
        this.name = name;
    }

    /** How many of the fields are required; the shape is complete by the time it is asked. */
    int requiredCount() {
        int n = requiredCount;
        if (n < 0) {
            n = (int) fields.values().stream().filter(Field::required).count();
            requiredCount = n;
        }
        return n;
    }

    Shape required(String field, Type type) {
        fields.put(field, new Field(field, type, true, null, Set.of(), Set.of()));
        return this;
    }

    Shape optional(String field, Type type) {
        fields.put(field, new Field(field, type, false, null, Set.of(), Set.of()));
        return this;
    }

    Shape object(String field, boolean required, Shape shape) {
        fields.put(field, new Field(field, Type.OBJECT, required, shape, Set.of(), Set.of()));
        return this;
    }

    Shape objects(String field, boolean required, Shape shape) {
        fields.put(field, new Field(field, Type.OBJECT_ARRAY, required, shape, Set.of(), Set.of()));
        return this;
    }

    Shape oneOf(String field, boolean required, List<String> values) {
        fields.put(field, new Field(field, Type.ENUM, required, null, Set.copyOf(values), Set.of()));
        return this;
    }

    Shape link(String field, boolean required, String... targets) {
        fields.put(field, new Field(field, Type.ID, required, null, Set.of(), Set.of(targets)));
        return this;
    }

    Shape links(String field, boolean required, String... targets) {
        fields.put(field, new Field(field, Type.ID_ARRAY, required, null, Set.of(), Set.of(targets)));
        return this;
    }

    /** A list of ids that must be present but may be empty ({@code []}). */
    Shape linksMayBeEmpty(String field, String... targets) {
        fields.put(field, new Field(field, Type.ID_ARRAY, true, null, Set.of(), Set.of(targets), true));
        return this;
    }
}
