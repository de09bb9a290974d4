package org.xistudy.testing;

import java.lang.reflect.Field;
import javafx.beans.value.ObservableValue;

/**
 * How many change listeners a JavaFX property holds, read from its private helper. For tests that
 * check that a view adds a listener once, not once per visit; tied to JavaFX's internals, so it
 * fails loudly (rather than counting nothing) if they change.
 */
public final class Listeners {
    private Listeners() {
    }

    public static int changeListeners(ObservableValue<?> property) {
        try {
            Object helper = field(property.getClass(), "helper").get(property);
            if (helper == null) {
                return 0;
            }
            String kind = helper.getClass().getSimpleName();
            return switch (kind) {
                case "SingleChange" -> 1;
                case "SingleInvalidation" -> 0;
                case "Generic" -> (int) field(helper.getClass(), "changeSize").get(helper);
                default -> throw new IllegalStateException("unknown listener helper " + helper.getClass());
            };
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("JavaFX's listener helper moved", e);
        }
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f;
            } catch (NoSuchFieldException e) {
                // look further up
            }
        }
        throw new NoSuchFieldException(type.getName() + "." + name);
    }
}
