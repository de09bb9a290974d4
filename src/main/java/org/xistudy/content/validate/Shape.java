package org.xistudy.content.validate;

import java.util.Collection;
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
    private Lookup lookup;

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

    /**
     * The field called {@code name}, or {@code null}: {@code fields.get(name)}, by a table made
     * for the names the shape has. The validator asks once for every member of a pack; member
     * names from the parser are interned, so the first slot tried nearly always holds the very
     * same string.
     */
    Field field(String name) {
        Lookup l = lookup;
        if (l == null) {
            l = new Lookup(fields.values());
            lookup = l; // immutable, so safe to publish without a lock; made again at worst
        }
        return l.get(name);
    }

    /** Open addressing over at least four times as many slots as fields. */
    private static final class Lookup {
        private final String[] names;
        private final Field[] values;
        private final int mask;

        Lookup(Collection<Field> all) {
            int slots = Integer.highestOneBit(Math.max(all.size(), 1) * 4) * 2;
            names = new String[slots];
            values = new Field[slots];
            mask = slots - 1;
            for (Field f : all) {
                int i = spread(f.name().hashCode()) & mask;
                while (names[i] != null) {
                    i = (i + 1) & mask;
                }
                names[i] = f.name();
                values[i] = f;
            }
        }

        Field get(String name) {
            int i = spread(name.hashCode()) & mask;
            while (true) {
                String n = names[i];
                if (n == null) {
                    return null;
                }
                if (n == name || n.equals(name)) {
                    return values[i];
                }
                i = (i + 1) & mask;
            }
        }

        private static int spread(int h) {
            return h ^ (h >>> 16);
        }
    }

    private void put(Field f) {
        fields.put(f.name(), f);
        lookup = null;
    }

    Shape required(String field, Type type) {
        put(new Field(field, type, true, null, Set.of(), Set.of()));
        return this;
    }

    Shape optional(String field, Type type) {
        put(new Field(field, type, false, null, Set.of(), Set.of()));
        return this;
    }

    Shape object(String field, boolean required, Shape shape) {
        put(new Field(field, Type.OBJECT, required, shape, Set.of(), Set.of()));
        return this;
    }

    Shape objects(String field, boolean required, Shape shape) {
        put(new Field(field, Type.OBJECT_ARRAY, required, shape, Set.of(), Set.of()));
        return this;
    }

    Shape oneOf(String field, boolean required, List<String> values) {
        put(new Field(field, Type.ENUM, required, null, Set.copyOf(values), Set.of()));
        return this;
    }

    Shape link(String field, boolean required, String... targets) {
        put(new Field(field, Type.ID, required, null, Set.of(), Set.of(targets)));
        return this;
    }

    Shape links(String field, boolean required, String... targets) {
        put(new Field(field, Type.ID_ARRAY, required, null, Set.of(), Set.of(targets)));
        return this;
    }

    /** A list of ids that must be present but may be empty ({@code []}). */
    Shape linksMayBeEmpty(String field, String... targets) {
        put(new Field(field, Type.ID_ARRAY, true, null, Set.of(), Set.of(targets), true));
        return this;
    }
}
