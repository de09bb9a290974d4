package org.xistudy.study.exchange;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Ids for packs made by an import, and stable numbers derived from text. */
final class Ids {
    /** The pack format's id rule. */
    static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]*");
    private static final int MAX_SLUG = 48;

    private final Set<String> used = new HashSet<>();

    /** A readable id from any text: lower case ASCII letters and digits joined by hyphens. */
    static String slug(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > MAX_SLUG) {
            s = s.substring(0, MAX_SLUG).replaceAll("-+$", "");
        }
        return s;
    }

    /** Whether the text may be used as it is as an id. */
    static boolean isValid(String id) {
        return id != null && VALID.matcher(id).matches();
    }

    /**
     * Reserves an id: {@code wanted} if it is valid and free, else its slug (or {@code fallback}
     * when that is empty) with {@code -2}, {@code -3}… added until it is free.
     */
    String claim(String wanted, String fallback) {
        String base = isValid(wanted) ? wanted : slug(wanted);
        if (base.isEmpty()) {
            base = fallback;
        }
        String id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** The first {@code hexDigits} hex digits of the SHA-1 of the text. */
    static String hash(String text, int hexDigits) {
        return HexFormat.of().formatHex(sha1(text)).substring(0, hexDigits);
    }

    /** A positive number of up to 52 bits from the text's SHA-1, at least {@code min}. */
    static long number(String text, long min) {
        byte[] d = sha1(text);
        long v = 0;
        for (int i = 0; i < 7; i++) {
            v = (v << 8) | (d[i] & 0xFF);
        }
        v &= (1L << 52) - 1;
        return min + (v % ((1L << 52) - min));
    }

    static byte[] sha1(String text) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-1", e);
        }
    }
}
