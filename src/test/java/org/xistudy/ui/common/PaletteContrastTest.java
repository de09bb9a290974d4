package org.xistudy.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Reads every palette's looked-up colours and every style sheet's rules, and checks the contrast
 * of each text colour against the background it is drawn on, in every palette: at least 7:1 for
 * body text (WCAG AAA) and 4.5:1 for large text.
 *
 * <p>How a rule's pair is found. Its text colour is {@code -fx-text-fill}, or {@code -fx-fill}
 * when the rule styles text (it sets a font, or its selector names text, labels, titles…). Its
 * background is, in this order: the colours named by a {@code /* on -xs-a -xs-b *}{@code /} comment
 * in the rule (the sheets mark text that sits on a surface other than the page); the last layer of
 * the rule's own {@code -fx-background-color}; the header's background for the header's inks
 * ({@code -xs-header-*}) and for selectors that name a header, the rail's for the rail's; otherwise both the page ({@code -xs-bg}) and the panels
 * ({@code -xs-surface}), since plain text appears on either. A rule is large when it carries a
 * {@code /* large *}{@code /} comment or its font is 1.5em, or 1.2em bold, and up. Disabled states
 * are exempt, as WCAG allows; {@code derive(c, p)} counts as its base colour {@code c}.
 */
class PaletteContrastTest {
    private static final Path CSS = Path.of("resources/css");
    static final double BODY = 7.0;
    static final double LARGE = 4.5;
    private static final Pattern ROOT_DECL = Pattern.compile("(-xs-[a-z0-9-]+)\\s*:\\s*([^;]+);");
    private static final Pattern LOOKUP = Pattern.compile("-xs-[a-z0-9-]+");
    private static final Pattern DERIVE = Pattern.compile("derive\\(\\s*([^,]+),[^)]*\\)");
    private static final Pattern COMMENT = Pattern.compile("(?s)/\\*(.*?)\\*/");
    private static final Pattern ON = Pattern.compile("^\\s*on\\s+((?:-xs-[a-z0-9-]+\\s*)+)$");
    private static final List<String> DEFAULT_BACKGROUNDS = List.of("-xs-bg", "-xs-surface");

    /** A text colour on a background, as a rule of a sheet draws it. */
    record Pair(String sheet, String selector, String text, String background, boolean large) {
    }

    // ---- palettes -----------------------------------------------------------------------------

    /** A palette's looked-up colours, each resolved to a colour; names that cannot be resolved are left out. */
    static Map<String, String> palette(String css) {
        Map<String, String> raw = new LinkedHashMap<>();
        Matcher m = ROOT_DECL.matcher(COMMENT.matcher(css).replaceAll(" "));
        while (m.find()) {
            raw.put(m.group(1), m.group(2).strip());
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : raw.keySet()) {
            String colour = resolve(name, raw, new HashSet<>());
            if (colour != null) {
                out.put(name, colour);
            }
        }
        return out;
    }

    /** A name's colour, following names that refer to other names; null when unknown or circular. */
    private static String resolve(String name, Map<String, String> raw, Set<String> seen) {
        String value = raw.get(name);
        if (value == null || !seen.add(name)) {
            return null;
        }
        Matcher d = DERIVE.matcher(value);
        if (d.matches()) {
            value = d.group(1).strip();
        }
        if (Contrast.parse(value) != null) {
            return value;
        }
        return LOOKUP.matcher(value).matches() ? resolve(value, raw, seen) : null;
    }

    static Map<String, Map<String, String>> palettes() throws IOException {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (Path f : sheets(true)) {
            out.put(f.getFileName().toString(), palette(Files.readString(f, StandardCharsets.UTF_8)));
        }
        return out;
    }

    private static List<Path> sheets(boolean palettes) throws IOException {
        try (Stream<Path> files = Files.list(CSS)) {
            return files.filter(p -> p.toString().endsWith(".css")
                    && p.getFileName().toString().startsWith("palette-") == palettes).sorted().toList();
        }
    }

    // ---- rules --------------------------------------------------------------------------------

    /** The text/background pairs a sheet's rules draw. */
    static List<Pair> pairs(String sheet, String css) {
        // Keep the "on" and "large" comments as markers; drop every other comment.
        String marked = COMMENT.matcher(css).replaceAll(r -> {
            String c = r.group(1);
            Matcher on = ON.matcher(c);
            if (on.matches()) {
                return " @on " + on.group(1).strip().replaceAll("\\s+", " ") + "; ";
            }
            return c.strip().equals("large") ? " @large; " : " ";
        });
        List<Pair> out = new ArrayList<>();
        for (String block : marked.split("}")) {
            int open = block.indexOf('{');
            if (open < 0) {
                continue;
            }
            String selector = block.substring(0, open).replaceAll("@on[^;]*;|@large;", " ").strip()
                    .replaceAll("\\s+", " ");
            if (selector.contains(":disabled")) {
                continue;
            }
            String body = block.substring(open + 1);
            Map<String, String> decls = declarations(body);
            String text = textColour(selector, decls);
            if (text == null) {
                continue;
            }
            boolean large = body.contains("@large;") || isLarge(decls);
            for (String bg : backgrounds(selector, decls, body)) {
                out.add(new Pair(sheet, selector, text, bg, large));
            }
        }
        return out;
    }

    static List<Pair> pairs() throws IOException {
        List<Pair> out = new ArrayList<>();
        for (Path f : sheets(false)) {
            out.addAll(pairs(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)));
        }
        return out;
    }

    private static Map<String, String> declarations(String body) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String d : body.split(";")) {
            int colon = d.indexOf(':');
            if (colon > 0) {
                out.put(d.substring(0, colon).strip(), d.substring(colon + 1).strip());
            }
        }
        return out;
    }

    /** The looked-up colour the rule's text is drawn in, or null when it sets none. */
    private static String textColour(String selector, Map<String, String> decls) {
        String v = decls.get("-fx-text-fill");
        if (v == null) {
            String fill = decls.get("-fx-fill");
            boolean isText = fill != null
                    && (decls.keySet().stream().anyMatch(k -> k.startsWith("-fx-font"))
                            || selector.matches(".*(text|label|cloze|essay|quote|title|heading).*"))
                    && !selector.contains("highlight") && !selector.contains("chart-");
            v = isText ? fill : null;
        }
        return v == null ? null : firstLookup(v);
    }

    private static Set<String> backgrounds(String selector, Map<String, String> decls, String body) {
        Set<String> out = new LinkedHashSet<>();
        Matcher on = Pattern.compile("@on ([^;]+);").matcher(body);
        if (on.find()) {
            out.addAll(List.of(on.group(1).split(" ")));
            return out;
        }
        String bg = decls.get("-fx-background-color");
        if (bg != null) {
            // Layered backgrounds ("border, fill"): the last layer is the one under the text.
            String[] layers = bg.split(",(?![^(]*\\))");
            String last = firstLookup(layers[layers.length - 1]);
            if (last != null) {
                out.add(last);
                return out;
            }
        }
        if (decls.getOrDefault("-fx-text-fill", "").startsWith("-xs-header-") || selector.contains("header")) {
            out.add("-xs-header-bg");
        } else if (selector.contains("nav-") || selector.contains("rail")) {
            out.add("-xs-rail-bg");
        } else {
            out.addAll(DEFAULT_BACKGROUNDS);
        }
        return out;
    }

    private static String firstLookup(String value) {
        Matcher m = LOOKUP.matcher(value);
        return m.find() ? m.group() : null;
    }

    private static boolean isLarge(Map<String, String> decls) {
        String size = decls.getOrDefault("-fx-font-size", "1em").toLowerCase(Locale.ROOT);
        double em = 1;
        try {
            if (size.endsWith("em")) {
                em = Double.parseDouble(size.substring(0, size.length() - 2));
            } else if (size.endsWith("px")) {
                em = Double.parseDouble(size.substring(0, size.length() - 2)) / 14.0;
            }
        } catch (NumberFormatException e) {
            em = 1;
        }
        boolean bold = decls.getOrDefault("-fx-font-weight", "").contains("bold");
        return em >= 1.5 || (bold && em >= 1.2);
    }

    // ---- checking -----------------------------------------------------------------------------

    /** What fails in a palette: pairs below their ratio, and colours the palette does not define. */
    static List<String> failures(String paletteName, Map<String, String> colours, List<Pair> pairs) {
        List<String> out = new ArrayList<>();
        for (Pair p : pairs) {
            String fg = colours.get(p.text());
            String bg = colours.get(p.background());
            if (fg == null || bg == null) {
                out.add(paletteName + ": " + p.sheet() + " " + p.selector() + ": unknown colour "
                        + (fg == null ? p.text() : p.background()));
                continue;
            }
            double need = p.large() ? LARGE : BODY;
            double ratio = Contrast.ratio(fg, bg);
            if (ratio < need) {
                out.add(String.format(Locale.ROOT, "%s: %s %s: %s on %s is %.2f:1, needs %.1f:1", paletteName,
                        p.sheet(), p.selector(), p.text(), p.background(), ratio, need));
            }
        }
        return out.stream().distinct().toList();
    }

    // ---- tests --------------------------------------------------------------------------------

    @Test
    void theRatioIsWcags() {
        assertEquals(21.0, Contrast.ratio("#000000", "#ffffff"), 1e-9);
        assertEquals(21.0, Contrast.ratio("#fff", "#000"), 1e-9);
        assertEquals(1.0, Contrast.ratio("#777777", "rgb(119, 119, 119)"), 1e-9);
        assertEquals(4.48, Contrast.ratio("#777777", "#ffffff"), 0.01);
        assertEquals(Contrast.ratio("#a3232b", "#f4f1ea"), Contrast.ratio("#f4f1ea", "#a3232b"), 1e-12);
        assertNull(Contrast.parse("rgb(300, 0, 0)"));
    }

    @Test
    void palettesResolveNamesThatReferToOtherNames() {
        Map<String, String> p = palette(".root { -xs-a: #102030; -xs-b: -xs-a; -xs-c: derive(-xs-b, 20%);"
                + " -xs-d: -xs-e; -xs-e: -xs-d; -xs-f: rgb(1, 2, 3); }");
        assertEquals("#102030", p.get("-xs-b"));
        assertEquals("#102030", p.get("-xs-c"));
        assertEquals("rgb(1, 2, 3)", p.get("-xs-f"));
        assertNull(p.get("-xs-d"), "a circle resolves to nothing");
    }

    @Test
    void theSheetsMarksChooseTheBackgroundAndTheSize() {
        List<Pair> pairs = pairs("t.css", "/* a */ .a { -fx-text-fill: -xs-ink; }\n"
                + ".b { -fx-text-fill: -xs-muted; /* on -xs-surface-alt */ /* large */ }\n"
                + ".c { -fx-background-color: -xs-border, -xs-accent; -fx-text-fill: -xs-accent-ink; }\n"
                + ".d:disabled { -fx-text-fill: -xs-muted; }\n"
                + ".e { -fx-text-fill: -xs-bg; /* on -xs-good -xs-bad */ }");
        assertEquals(List.of(new Pair("t.css", ".a", "-xs-ink", "-xs-bg", false),
                new Pair("t.css", ".a", "-xs-ink", "-xs-surface", false),
                new Pair("t.css", ".b", "-xs-muted", "-xs-surface-alt", true),
                new Pair("t.css", ".c", "-xs-accent-ink", "-xs-accent", false),
                new Pair("t.css", ".e", "-xs-bg", "-xs-good", false), new Pair("t.css", ".e", "-xs-bg", "-xs-bad", false)),
                pairs);
    }

    @Test
    void aLowContrastPaletteFails() {
        Map<String, String> pale = palette(".root { -xs-bg: #ffffff; -xs-surface: #fafafa; -xs-ink: #777777;"
                + " -xs-title: #959595; }");
        List<Pair> pairs = pairs("t.css", ".body { -fx-text-fill: -xs-ink; }\n"
                + ".title { -fx-text-fill: -xs-title; -fx-font-size: 2em; }\n"
                + ".other { -fx-text-fill: -xs-missing; }");
        List<String> failures = failures("pale", pale, pairs);
        assertEquals(5, failures.size(), String.join("\n", failures));
        assertTrue(failures.get(0).contains("-xs-ink on -xs-bg is 4.48:1, needs 7.0:1"), failures.get(0));
        assertTrue(failures.get(2).contains("needs 4.5:1"), failures.get(2));
        assertTrue(failures.get(4).contains("unknown colour -xs-missing"), failures.get(4));
    }

    @Test
    void everyPaletteDefinesTheSameColours() throws IOException {
        Map<String, Map<String, String>> palettes = palettes();
        assertEquals(Set.of("palette-dark.css", "palette-light.css", "palette-projector.css"), palettes.keySet());
        Set<String> first = palettes.get("palette-light.css").keySet();
        palettes.forEach((name, colours) -> assertEquals(first, colours.keySet(), name));
    }

    @Test
    void everyTextHasEnoughContrastInEveryPalette() throws IOException {
        List<Pair> pairs = pairs();
        assertTrue(pairs.size() > 100, "the sheets were read: " + pairs.size() + " pairs");
        List<String> failures = new ArrayList<>();
        StringBuilder lowest = new StringBuilder();
        for (Map.Entry<String, Map<String, String>> palette : palettes().entrySet()) {
            failures.addAll(failures(palette.getKey(), palette.getValue(), pairs));
            pairs.stream().filter(p -> palette.getValue().containsKey(p.text())
                    && palette.getValue().containsKey(p.background()))
                    .mapToDouble(p -> Contrast.ratio(palette.getValue().get(p.text()),
                            palette.getValue().get(p.background())))
                    .min().ifPresent(r -> lowest.append(String.format(Locale.ROOT, "%s lowest %.2f; ",
                            palette.getKey(), r)));
        }
        System.out.println("PaletteContrastTest: " + pairs.size() + " pairs; " + lowest);
        assertEquals("", String.join("\n", failures));
    }
}
