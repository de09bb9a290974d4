package org.xistudy.content.validate;

import com.google.gson.JsonElement;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.xistudy.content.Messages;

/** Reading a JSON value the validator expects to be of some type, reporting it when it is not. */
final class Values {
    private Values() {
    }

    /**
     * The string at {@code path}; a value that is not a string is reported (and gives nothing),
     * a blank one is reported and still given.
     */
    static Optional<String> string(JsonElement value, String path, BiConsumer<String, Messages.Text> error) {
        if (!(value.isJsonPrimitive() && value.getAsJsonPrimitive().isString())) {
            error.accept(path, Messages.Text.of("typeString", Wording.describe(value)));
            return Optional.empty();
        }
        String s = value.getAsString();
        if (s.isBlank()) {
            error.accept(path, Messages.Text.of("valueEmpty"));
        }
        return Optional.of(s);
    }
}
