package org.xistudy.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.xistudy.ui.UiPart;

/** The font override renames exactly the logical families, under {@code .root}, for every sheet. */
class CjkFontsTest {
    private static final CjkFonts.Families NOTO = new CjkFonts.Families("Sans CJK", "Serif CJK", "Mono CJK");

    @Test
    void eachRuleNamingALogicalFamilyComesBackUnderRootWithTheNamedFamily() {
        String css = """
                /* a comment { -fx-font-family: "Serif"; } */
                .reader-text, .essay .quote {
                    -fx-font-size: 1.2em;
                    -fx-font-family: "Serif";
                }
                .detail-key { -fx-font-weight: bold; -fx-font-family: "Monospaced"; }
                .reload-problems { -fx-font-family: monospace; }
                .caption { -fx-font-family: "System"; }
                .brand { -fx-font-family: "Noto Sans"; }
                .root { -fx-font-family: "SansSerif"; }
                .plain { -fx-text-fill: red; }
                """;
        assertEquals("""
                .root .reader-text, .root .essay .quote { -fx-font-family: "Serif CJK"; }
                .root .detail-key { -fx-font-family: "Mono CJK"; }
                .root .reload-problems { -fx-font-family: "Mono CJK"; }
                .root .caption { -fx-font-family: "Sans CJK"; }
                .root { -fx-font-family: "Sans CJK"; }
                """, CjkFonts.override(css, NOTO));
    }

    @Test
    void aSheetWithoutLogicalFamiliesNeedsNoOverride() {
        assertEquals("", CjkFonts.override(".a { -fx-font-size: 2em; } .b { -fx-font-family: \"Brand\"; }", NOTO));
    }

    /**
     * A sheet that names a logical family but is neither a part's (the scene's) nor listed among
     * the controls' own would keep drawing Chinese as boxes on Linux.
     */
    @Test
    void everySheetThatNamesALogicalFamilyIsOneTheThemeRenames() throws IOException {
        List<String> covered = new ArrayList<>(UiPart.stylesheets());
        covered.addAll(Theme.CONTROL_SHEETS);
        Pattern logical = Pattern.compile("-fx-font-family\\s*:\\s*\"?(Serif|System|Monospaced|monospace|SansSerif)\"?",
                Pattern.CASE_INSENSITIVE);
        List<String> missing = new ArrayList<>();
        int naming = 0;
        try (Stream<Path> files = Files.list(Path.of("resources/css"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".css")).sorted().toList()) {
                Matcher m = logical.matcher(Files.readString(f, StandardCharsets.UTF_8));
                if (m.find()) {
                    naming++;
                    if (!covered.contains("/css/" + f.getFileName())) {
                        missing.add(f.getFileName().toString());
                    }
                }
            }
        }
        assertTrue(naming >= 5, "the app's sheets name logical families (" + naming + ")");
        assertEquals(List.of(), missing);
    }
}
