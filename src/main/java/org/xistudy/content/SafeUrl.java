package org.xistudy.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The one rule for web addresses that come from a pack (a reference's {@code url}, the essay's
 * "Read the original", any address an author writes): the app opens an address only when it is
 * {@code http} or {@code https} with a host name, written exactly as such. Anything else is shown
 * as text and never opened: {@code file:}, {@code javascript:}, {@code data:}, {@code mailto:},
 * relative or scheme-relative paths ({@code //host}), addresses with spaces or control characters
 * anywhere (a leading space included), with a user name before the host ({@code http://a@b}, which
 * hides the real host), or longer than {@link #MAX_LENGTH} characters.
 */
public final class SafeUrl {
    /** The longest address the app opens. */
    public static final int MAX_LENGTH = 2000;
    /** How many characters of an address {@link #shown} keeps. */
    public static final int SHOWN_LENGTH = 120;

    private SafeUrl() {
    }

    /** True when the app may open this address. */
    public static boolean isSafe(String url) {
        return problem(url).isEmpty();
    }

    /** Why the app will not open this address; empty when it may. */
    public static Optional<String> problem(String url) {
        if (url == null || url.isEmpty()) {
            return Optional.of("the address is empty");
        }
        if (url.length() > MAX_LENGTH) {
            return Optional.of("the address is longer than " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                    || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return Optional.of("the address contains a space or a control character");
            }
        }
        String lower = url.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return Optional.of("only http and https addresses are opened");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("the address is not well formed");
        }
        if (uri.isOpaque() || uri.getHost() == null || uri.getHost().isEmpty()) {
            return Optional.of("the address has no host name");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("the address has a user name before its host");
        }
        return Optional.empty();
    }

    /**
     * The address as it may be shown to the user: control characters made visible (as U+FFFD),
     * and cut to {@link #SHOWN_LENGTH} characters with an ellipsis.
     */
    public static String shown(String url) {
        if (url == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < url.length() && sb.length() < SHOWN_LENGTH; i++) {
            char c = url.charAt(i);
            sb.append(Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? '\uFFFD' : c);
        }
        if (url.length() > SHOWN_LENGTH) {
            sb.append('\u2026');
        }
        return sb.toString();
    }
}
