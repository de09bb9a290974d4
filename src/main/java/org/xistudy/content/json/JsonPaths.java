package org.xistudy.content.json;

/** Building and taking apart JSON paths of the form {@code $.events[3].date}. */
public final class JsonPaths {
    public static final String ROOT = "$";
    /**
     * Member names longer than this are shortened in paths. A path is built for every value in
     * the file, so a name of many thousand characters copied into each path below it would make
     * reading quadratic; no real pack has such a name, and a message needs only its start.
     */
    static final int MAX_NAME = 80;

    private JsonPaths() {
    }

    public static String member(String parent, String name) {
        if (name.length() > MAX_NAME) {
            name = name.substring(0, MAX_NAME / 2) + "\u2026 (" + name.length() + " characters)";
        } else if (isPlainName(name)) {
            return parent + "." + name;
        }
        return parent + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    public static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /** The parent path, or {@code null} for the root. */
    public static String parent(String path) {
        if (path.equals(ROOT)) {
            return null;
        }
        if (path.endsWith("]")) {
            int open = path.lastIndexOf('[');
            if (path.endsWith("']")) {
                open = path.lastIndexOf("['");
            }
            return open > 0 ? path.substring(0, open) : ROOT;
        }
        int dot = path.lastIndexOf('.');
        return dot > 0 ? path.substring(0, dot) : ROOT;
    }

    private static boolean isPlainName(String name) {
        if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ascii = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
                    || c == '-' || c == '$';
            if (!ascii && !Character.isJavaIdentifierPart(c)) {
                return false;
            }
        }
        return true;
    }
}
