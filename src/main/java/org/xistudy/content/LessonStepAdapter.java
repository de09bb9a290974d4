package org.xistudy.content;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.Map;
import org.xistudy.content.model.LessonStep;

/**
 * Reads and writes {@link LessonStep}s as JSON objects with a {@code kind}: the kind names the
 * record, and the other members are its components ({@code {"kind": "card", "card": "card-x"}}).
 * Register it on every Gson that reads or writes lessons:
 * {@code new GsonBuilder().registerTypeAdapterFactory(new LessonStepAdapter())}.
 */
public final class LessonStepAdapter implements TypeAdapterFactory {

    /** Adds this adapter to a builder. */
    public static GsonBuilder register(GsonBuilder builder) {
        return builder.registerTypeAdapterFactory(new LessonStepAdapter());
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
        if (type.getRawType() != LessonStep.class) {
            return null;
        }
        return (TypeAdapter<T>) new StepAdapter(gson, this).nullSafe();
    }

    private static final class StepAdapter extends TypeAdapter<LessonStep> {
        private final Gson gson;
        private final TypeAdapterFactory skip;
        private final TypeAdapter<JsonElement> trees;

        StepAdapter(Gson gson, TypeAdapterFactory skip) {
            this.gson = gson;
            this.skip = skip;
            this.trees = gson.getAdapter(JsonElement.class);
        }

        private TypeAdapter<? extends LessonStep> delegate(LessonStep.Kind kind) {
            return gson.getDelegateAdapter(skip, TypeToken.get(kind.type()));
        }

        @Override
        @SuppressWarnings("unchecked")
        public void write(JsonWriter out, LessonStep step) throws IOException {
            TypeAdapter<LessonStep> d = (TypeAdapter<LessonStep>) delegate(step.kind());
            JsonObject fields = d.toJsonTree(step).getAsJsonObject();
            JsonObject obj = new JsonObject();
            obj.addProperty("kind", step.kind().jsonName());
            for (Map.Entry<String, JsonElement> e : fields.entrySet()) {
                if (!e.getValue().isJsonNull()) {
                    obj.add(e.getKey(), e.getValue());
                }
            }
            trees.write(out, obj);
        }

        @Override
        public LessonStep read(JsonReader in) throws IOException {
            if (in.peek() != JsonToken.BEGIN_OBJECT) {
                throw new JsonParseException("a lesson step is an object, at " + in.getPath());
            }
            // A copy without the kind: reading a tree gives its own objects, which others may be
            // reading at the same time (the validator, PackLoader) and must stay as they are.
            JsonObject obj = new JsonObject();
            JsonElement k = null;
            for (Map.Entry<String, JsonElement> e : trees.read(in).getAsJsonObject().entrySet()) {
                if (e.getKey().equals("kind")) {
                    k = e.getValue();
                } else {
                    obj.add(e.getKey(), e.getValue());
                }
            }
            String name = k != null && k.isJsonPrimitive() ? k.getAsString() : null;
            LessonStep.Kind kind = LessonStep.Kind.byJsonName(name)
                    .orElseThrow(() -> new JsonParseException("unknown lesson step kind \"" + name + "\""));
            LessonStep step = delegate(kind).fromJsonTree(obj);
            if (step == null) {
                throw new JsonParseException("an empty lesson step");
            }
            return step;
        }
    }
}
