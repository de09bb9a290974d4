package org.xistudy.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Sheets left for later come into the theme's sheets when asked for, in their place in the order. */
class ThemeSheetsTest {
    private static final List<String> SHEETS = List.of("/css/app.css", "/css/timeline.css", "/css/cards.css",
            "/css/quiz.css");

    /**
     * The theme's sheets as the file names they point at, without the font override this
     * system may need (a data: URL, CjkFontsTest's subject).
     */
    private static List<String> names(Theme theme) {
        return theme.stylesheets().stream().filter(url -> !url.startsWith("data:"))
                .map(url -> url.substring(url.lastIndexOf('/') + 1)).toList();
    }

    @Test
    void sheetsLeftForLaterAreOutUntilUsedAndThenInTheirPlace() {
        Theme theme = new Theme(SHEETS, Set.of("/css/timeline.css", "/css/cards.css", "/css/quiz.css"));
        assertEquals(List.of("palette-light.css", "app.css"), names(theme));
        assertFalse(theme.inUse("/css/cards.css"));

        theme.use("/css/cards.css");
        assertEquals(List.of("palette-light.css", "app.css", "cards.css"), names(theme));
        theme.use("/css/timeline.css");
        assertEquals(List.of("palette-light.css", "app.css", "timeline.css", "cards.css"), names(theme),
                "the order is the theme's, not the order of use");
        assertTrue(theme.inUse("/css/timeline.css"));

        theme.paletteProperty().set(Theme.Palette.DARK);
        assertEquals(List.of("palette-dark.css", "app.css", "timeline.css", "cards.css"), names(theme),
                "a new palette keeps the sheets in use and no more");

        theme.useAll();
        assertEquals(List.of("palette-dark.css", "app.css", "timeline.css", "cards.css", "quiz.css"), names(theme));
    }

    @Test
    void aThemeWithNothingLeftForLaterUsesEverySheetAndUsingChangesNothing() {
        Theme theme = new Theme(SHEETS);
        List<String> all = List.of("palette-light.css", "app.css", "timeline.css", "cards.css", "quiz.css");
        assertEquals(all, names(theme));
        theme.use("/css/cards.css");
        theme.use("/css/not-a-sheet-of-this-theme.css");
        theme.useAll();
        assertEquals(all, names(theme));
        assertFalse(theme.inUse("/css/not-a-sheet-of-this-theme.css"));
    }
}
