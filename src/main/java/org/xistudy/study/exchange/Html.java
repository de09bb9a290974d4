package org.xistudy.study.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The little HTML that the exchange formats need: escaping plain text for Anki fields and
 * TimelineJS text, reducing HTML from other tools to plain text, and finding media in it.
 */
public final class Html {
    private static final Pattern COMMENT_OR_CODE = Pattern.compile(
            "(?is)<!--.*?-->|<style\\b[^>]*>.*?</style>|<script\\b[^>]*>.*?</script>");
    private static final Pattern LINE_BREAKS = Pattern.compile(
            "(?i)<br\\s*/?>|</(p|div|li|tr|h[1-6]|blockquote|ul|ol|table)\\s*>|<hr\\b[^>]*>");
    private static final Pattern CELL_END = Pattern.compile("(?i)</t[dh]\\s*>");
    private static final Pattern TAG = Pattern.compile("<[^<>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
    private static final Pattern IMAGE = Pattern.compile("(?i)<img\\b[^>]*>");
    private static final Pattern SOUND = Pattern.compile("\\[sound:[^\\]]+]");
    private static final Pattern MEDIA_ELEMENT = Pattern.compile("(?i)<(audio|video|object|embed|iframe)\\b[^>]*>");
    private static final Map<String, String> NAMED = named();

    private Html() {
    }

    /** Plain text as HTML: {@code & < > "} as entities, line breaks as {@code <br>}. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\n' -> sb.append("<br>");
                case '\r' -> { }
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * HTML as plain text: comments, styles, scripts and tags removed, breaks and block ends as
     * new lines, entities decoded, runs of spaces collapsed and blank lines dropped.
     */
    public static String toText(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        String s = COMMENT_OR_CODE.matcher(html).replaceAll("");
        s = s.replace("\r\n", "\n").replace('\r', '\n').replace('\n', ' ');
        s = LINE_BREAKS.matcher(s).replaceAll("\n");
        s = CELL_END.matcher(s).replaceAll(" ");
        s = TAG.matcher(s).replaceAll("");
        s = decode(s);
        StringBuilder out = new StringBuilder();
        for (String line : s.split("\n", -1)) {
            String t = line.replace('\u00A0', ' ').replaceAll("[ \\t\\f\\u000B]+", " ").strip();
            if (!t.isEmpty()) {
                out.append(out.length() == 0 ? "" : "\n").append(t);
            }
        }
        return out.toString();
    }

    /** {@link #toText} on one line: new lines become spaces. */
    public static String toLine(String html) {
        return toText(html).replace('\n', ' ');
    }

    /**
     * What Anki's sort field and checksum are computed from (its {@code strip_html_preserving_media_filenames}):
     * image sources kept with a space either side, every tag removed without a space, entities decoded.
     */
    public static String ankiStripped(String html) {
        if (html == null) {
            return "";
        }
        Matcher m = IMAGE.matcher(html);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String src = attribute(m.group(), "src");
            m.appendReplacement(sb, Matcher.quoteReplacement(src == null ? "" : " " + src + " "));
        }
        m.appendTail(sb);
        String s = COMMENT_OR_CODE.matcher(sb.toString()).replaceAll("");
        s = TAG.matcher(s).replaceAll("");
        return decode(s).replace('\u00A0', ' ');
    }

    /** How many pieces of media (images, sounds, players) the HTML refers to. */
    public static int mediaCount(String html) {
        if (html == null) {
            return 0;
        }
        int n = 0;
        for (Pattern p : List.of(IMAGE, SOUND, MEDIA_ELEMENT)) {
            Matcher m = p.matcher(html);
            while (m.find()) {
                n++;
            }
        }
        return n;
    }

    /** The text with Anki's {@code [sound:…]} tags removed. */
    public static String withoutSounds(String text) {
        return text == null ? "" : SOUND.matcher(text).replaceAll("");
    }

    /** Decodes character references: named ones (the common set) and numeric ones. */
    public static String decode(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        Matcher m = ENTITY.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String replacement;
            if (name.charAt(0) == '#') {
                int cp;
                try {
                    cp = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
                            ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                } catch (NumberFormatException e) {
                    cp = -1;
                }
                replacement = Character.isValidCodePoint(cp) && cp != 0 && (cp < 0xD800 || cp > 0xDFFF)
                        ? new String(Character.toChars(cp)) : m.group();
            } else {
                replacement = NAMED.getOrDefault(name, m.group());
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The value of an attribute in one start tag, decoded, or null. */
    public static String attribute(String tag, String name) {
        Matcher m = Pattern.compile("(?i)\\b" + Pattern.quote(name) + "\\s*=\\s*(\"([^\"]*)\"|'([^']*)'|([^\\s>]+))")
                .matcher(tag);
        if (!m.find()) {
            return null;
        }
        String v = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
        return decode(v);
    }

    /**
     * The inner HTML of each element {@code <tag class="cls">…</tag>} (the class among others),
     * in order. Meant for the layouts this app writes itself, which never nest such elements.
     */
    public static List<String> elements(String html, String tag, String cls) {
        List<String> out = new ArrayList<>();
        if (html == null) {
            return out;
        }
        Pattern p = Pattern.compile("(?is)<" + tag + "\\b[^>]*\\bclass\\s*=\\s*\"[^\"]*\\b" + Pattern.quote(cls)
                + "\\b[^\"]*\"[^>]*>(.*?)</" + tag + "\\s*>");
        Matcher m = p.matcher(html);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** The inner HTML of the first such element, or null. */
    public static String element(String html, String tag, String cls) {
        List<String> all = elements(html, tag, cls);
        return all.isEmpty() ? null : all.get(0);
    }

    /** The inner HTML of each {@code <tag>…</tag>} (any attributes), in order; not nested. */
    public static List<String> children(String html, String tag) {
        List<String> out = new ArrayList<>();
        if (html == null) {
            return out;
        }
        Matcher m = Pattern.compile("(?is)<" + tag + "\\b[^>]*>(.*?)</" + tag + "\\s*>").matcher(html);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static Map<String, String> named() {
        Map<String, String> m = new HashMap<>();
        String[] basic = {"amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", "\u00A0",
            "ndash", "\u2013", "mdash", "\u2014", "hellip", "\u2026", "lsquo", "\u2018", "rsquo", "\u2019",
            "sbquo", "\u201A", "ldquo", "\u201C", "rdquo", "\u201D", "bdquo", "\u201E", "laquo", "\u00AB",
            "raquo", "\u00BB", "lsaquo", "\u2039", "rsaquo", "\u203A", "bull", "\u2022", "middot", "\u00B7",
            "deg", "\u00B0", "copy", "\u00A9", "reg", "\u00AE", "trade", "\u2122", "euro", "\u20AC",
            "pound", "\u00A3", "yen", "\u00A5", "cent", "\u00A2", "sect", "\u00A7", "para", "\u00B6",
            "times", "\u00D7", "divide", "\u00F7", "plusmn", "\u00B1", "minus", "\u2212", "rarr", "\u2192",
            "larr", "\u2190", "uarr", "\u2191", "darr", "\u2193", "harr", "\u2194", "rArr", "\u21D2",
            "lArr", "\u21D0", "hArr", "\u21D4", "le", "\u2264", "ge", "\u2265", "ne", "\u2260", "asymp", "\u2248",
            "infin", "\u221E", "prime", "\u2032", "Prime", "\u2033", "thinsp", "\u2009", "ensp", "\u2002",
            "emsp", "\u2003", "zwj", "\u200D", "zwnj", "\u200C", "shy", "\u00AD", "iexcl", "\u00A1",
            "iquest", "\u00BF", "ordf", "\u00AA", "ordm", "\u00BA", "sup1", "\u00B9", "sup2", "\u00B2",
            "sup3", "\u00B3", "frac14", "\u00BC", "frac12", "\u00BD", "frac34", "\u00BE", "micro", "\u00B5",
            "alpha", "\u03B1", "beta", "\u03B2", "gamma", "\u03B3", "delta", "\u03B4", "pi", "\u03C0",
            "sigma", "\u03C3", "mu", "\u03BC", "lambda", "\u03BB", "omega", "\u03C9", "Delta", "\u0394",
            "Sigma", "\u03A3", "Omega", "\u03A9", "dagger", "\u2020", "Dagger", "\u2021", "permil", "\u2030",
            "oline", "\u203E", "frasl", "\u2044", "check", "\u2713", "hearts", "\u2665", "star", "\u2606"};
        for (int i = 0; i < basic.length; i += 2) {
            m.put(basic[i], basic[i + 1]);
        }
        // Latin-1 letters: the names follow one pattern, so they are built rather than listed.
        String[][] letters = {{"grave", "\u00C0\u00C8\u00CC\u00D2\u00D9\u00E0\u00E8\u00EC\u00F2\u00F9", "AEIOUaeiou"},
            {"acute", "\u00C1\u00C9\u00CD\u00D3\u00DA\u00DD\u00E1\u00E9\u00ED\u00F3\u00FA\u00FD", "AEIOUYaeiouy"},
            {"circ", "\u00C2\u00CA\u00CE\u00D4\u00DB\u00E2\u00EA\u00EE\u00F4\u00FB", "AEIOUaeiou"},
            {"tilde", "\u00C3\u00D1\u00D5\u00E3\u00F1\u00F5", "ANOano"},
            {"uml", "\u00C4\u00CB\u00CF\u00D6\u00DC\u00E4\u00EB\u00EF\u00F6\u00FC\u00FF", "AEIOUaeiouy"},
            {"ring", "\u00C5\u00E5", "Aa"}, {"cedil", "\u00C7\u00E7", "Cc"}, {"slash", "\u00D8\u00F8", "Oo"}};
        for (String[] l : letters) {
            for (int i = 0; i < l[2].length(); i++) {
                m.put(l[2].charAt(i) + l[0], String.valueOf(l[1].charAt(i)));
            }
        }
        String[] more = {"AElig", "\u00C6", "aelig", "\u00E6", "szlig", "\u00DF", "ETH", "\u00D0", "eth", "\u00F0",
            "THORN", "\u00DE", "thorn", "\u00FE", "OElig", "\u0152", "oelig", "\u0153", "Scaron", "\u0160",
            "scaron", "\u0161"};
        for (int i = 0; i < more.length; i += 2) {
            m.put(more[i], more[i + 1]);
        }
        return Map.copyOf(m);
    }
}
