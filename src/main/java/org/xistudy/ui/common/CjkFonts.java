package org.xistudy.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Bounds;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextBoundsType;

/**
 * Makes Chinese legible where JavaFX's fallback for its logical fonts (System, Serif, Monospaced)
 * has no Chinese font. On Linux JavaFX 21 builds that fallback from fontconfig but keeps only
 * TrueType-outline fonts, and the usual CJK fonts (Noto Sans/Serif CJK, a .ttc of CFF outlines,
 * the fonts-noto-cjk package) are not; every Chinese character is then an empty box, even though
 * the font is installed and draws when named.
 *
 * <p>When the default font cannot draw {@link #PROBE}, the first installed {@link Families family}
 * that can is named instead: for {@code .root}, and for every rule of the app's style sheets that
 * names a logical family, through an override sheet that follows each sheet ({@link #withOverride}).
 * Where the fallback works (Windows, macOS, Linux with a TrueType CJK font) nothing is added.
 */
public final class CjkFonts {

    /** Characters the pack and the Chinese interface use. */
    public static final String PROBE = "习近平办公室主任";

    /** Families that cover simplified Chinese and Latin, most wanted first (Linux, Windows, macOS). */
    static final List<String> SANS = List.of("Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans SC",
            "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Droid Sans Fallback", "Microsoft YaHei",
            "Microsoft YaHei UI", "SimHei", "PingFang SC", "Hiragino Sans GB", "Heiti SC");
    static final List<String> SERIF = List.of("Noto Serif CJK SC", "Source Han Serif SC", "Noto Serif SC",
            "AR PL UMing CN", "SimSun", "Songti SC", "STSong");
    static final List<String> MONO = List.of("Noto Sans Mono CJK SC", "Sarasa Mono SC");
    /**
     * For an English interface: the same superfamilies' Japanese members, whose quotation marks,
     * apostrophe and middle dot are proportional as English text wants (the SC members' are one
     * em wide: "Xi’ s"). Chinese names and notes then take the Japanese form of a character where
     * the two differ, a small cost beside legible English.
     */
    static final List<String> SANS_FOR_LATIN = List.of("Noto Sans CJK JP", "Source Han Sans JP");
    static final List<String> SERIF_FOR_LATIN = List.of("Noto Serif CJK JP", "Source Han Serif JP");
    static final List<String> MONO_FOR_LATIN = List.of("Noto Sans Mono CJK JP");

    /** The named families to use in place of the logical ones. */
    public record Families(String sans, String serif, String mono) {
        /** The family for a logical name in a style sheet, or {@code null} when it is not a logical one. */
        String replacing(String logical) {
            return switch (logical.toLowerCase(Locale.ROOT)) {
                case "system", "sansserif", "sans-serif", "sans" -> sans;
                case "serif" -> serif;
                case "monospaced", "monospace" -> mono;
                default -> null;
            };
        }
    }

    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)}");
    private static final Pattern FAMILY = Pattern.compile("-fx-font-family\\s*:\\s*\"?([^\";]+)\"?\\s*;?");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Map<String, String> OVERRIDES = new ConcurrentHashMap<>();
    private static final Map<Boolean, Optional<Families>> MEASURED = new ConcurrentHashMap<>();

    private CjkFonts() {
    }

    /**
     * The families this system needs named for an interface in {@code language}, once measured;
     * empty where the logical fonts' fallback draws Chinese.
     */
    public static Optional<Families> families(Locale language) {
        boolean chinese = language != null && "zh".equals(language.getLanguage());
        return MEASURED.computeIfAbsent(chinese, CjkFonts::measure);
    }

    private static Optional<Families> measure(boolean chinese) {
        try {
            if (draws(Font.getDefault(), PROBE)) {
                return Optional.empty();
            }
            Optional<String> sans = chinese ? first(SANS) : first(SANS_FOR_LATIN).or(() -> first(SANS));
            if (sans.isEmpty()) {
                return Optional.empty();
            }
            Optional<String> serif = chinese ? first(SERIF) : first(SERIF_FOR_LATIN).or(() -> first(SERIF));
            Optional<String> mono = chinese ? first(MONO) : first(MONO_FOR_LATIN).or(() -> first(MONO));
            return Optional.of(new Families(sans.get(), serif.orElse(sans.get()), mono.orElse(sans.get())));
        } catch (RuntimeException e) {
            // no toolkit (a test without JavaFX started): nothing to draw, nothing to name
            return Optional.empty();
        }
    }

    private static Optional<String> first(List<String> candidates) {
        for (String name : candidates) {
            Font font = Font.font(name, 20);
            // an unknown family comes back as the default one
            if (font.getFamily().equalsIgnoreCase(name) && draws(font, PROBE)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code font} draws every character of {@code text} rather than the missing-glyph box.
     * The box's advance can equal a real glyph's (in a CJK font both are one em), so the glyph's
     * outline bounds are compared with those of an unassigned code point.
     */
    public static boolean draws(Font font, String text) {
        Font sized = Font.font(font.getFamily(), 20);
        Bounds box = outline(sized, "\u0378");
        for (int i = 0; i < text.length(); i++) {
            Bounds glyph = outline(sized, text.substring(i, i + 1));
            if (Math.abs(glyph.getMinX() - box.getMinX()) < 0.01 && Math.abs(glyph.getMinY() - box.getMinY()) < 0.01
                    && Math.abs(glyph.getWidth() - box.getWidth()) < 0.01
                    && Math.abs(glyph.getHeight() - box.getHeight()) < 0.01) {
                return false;
            }
        }
        return true;
    }

    private static Bounds outline(Font font, String s) {
        Text t = new Text(s);
        t.setFont(font);
        t.setBoundsType(TextBoundsType.VISUAL);
        return t.getLayoutBounds();
    }

    /**
     * The rules that rename the logical families of {@code css} to {@code families}: each rule that
     * sets {@code -fx-font-family} to a logical family again, with the named family and with each
     * selector under {@code .root}. One class more wins over the original rule wherever its sheet
     * sits (a control's own sheet, the scene's) and keeps the originals' order among themselves.
     */
    public static String override(String css, Families families) {
        StringBuilder out = new StringBuilder();
        Matcher rule = RULE.matcher(COMMENT.matcher(css).replaceAll(""));
        while (rule.find()) {
            Matcher family = FAMILY.matcher(rule.group(2));
            while (family.find()) {
                String named = families.replacing(family.group(1).trim());
                if (named != null) {
                    out.append(underRoot(rule.group(1))).append(" { -fx-font-family: \"").append(named)
                            .append("\"; }\n");
                }
            }
        }
        return out.toString();
    }

    private static String underRoot(String selectors) {
        List<String> out = new ArrayList<>();
        for (String one : selectors.split(",")) {
            String s = one.trim().replaceAll("\\s+", " ");
            out.add(s.startsWith(".root") ? s : ".root " + s);
        }
        return String.join(", ", out);
    }

    /**
     * The one sheet to put last in a window whose sheets are {@code sheets} (external forms of
     * resource URLs), as a data: URL: the sans family for {@code .root} and every rule of the
     * sheets that names a logical family renamed. Empty where this system needs none.
     */
    public static Optional<String> overrideSheet(List<String> sheets, Locale language) {
        return families(language).map(f -> OVERRIDES.computeIfAbsent(f + "\n" + sheets, key -> {
            StringBuilder css = new StringBuilder(".root { -fx-font-family: \"" + f.sans() + "\"; }\n");
            for (String sheet : sheets) {
                css.append(override(read(sheet), f));
            }
            return dataUrl(css.toString());
        }));
    }

    private static String read(String sheet) {
        try (InputStream in = new URL(sheet).openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static String dataUrl(String css) {
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }
}
