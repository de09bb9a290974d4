package org.xistudy.study.storage;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonSyntaxException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * Gson adapters for {@code java.time} values as ISO-8601 strings. Gson cannot reflect into
 * {@code java.time} classes on Java 17, so stored records that hold times need these.
 */
public final class TimeAdapters {
    private TimeAdapters() {
    }

    /** Adds adapters for {@link Instant}, {@link LocalDate} and {@link Duration}. */
    public static GsonBuilder register(GsonBuilder builder) {
        return builder.registerTypeAdapter(Instant.class, adapter(Instant::parse).nullSafe())
                .registerTypeAdapter(LocalDate.class, adapter(LocalDate::parse).nullSafe())
                .registerTypeAdapter(Duration.class, adapter(Duration::parse).nullSafe());
    }

    private static <T> TypeAdapter<T> adapter(Function<String, T> parse) {
        return new TypeAdapter<>() {
            @Override
            public void write(JsonWriter out, T value) throws IOException {
                out.value(value.toString());
            }

            @Override
            public T read(JsonReader in) throws IOException {
                if (in.peek() != JsonToken.STRING) {
                    throw new JsonSyntaxException("expected an ISO-8601 string at " + in.getPath());
                }
                String s = in.nextString();
                try {
                    return parse.apply(s);
                } catch (DateTimeParseException e) {
                    throw new JsonSyntaxException("bad time \"" + s + "\" at " + in.getPath(), e);
                }
            }
        };
    }
}
