package org.xistudy.ui.argument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xistudy.content.PackIndex;
import org.xistudy.content.PackLoader;
import org.xistudy.content.TestClaims;
import org.xistudy.ui.UiPart;
import org.xistudy.ui.common.CompositeBundle;
import org.xistudy.ui.common.UiText;

class ArgumentViewModelTest {
    private static PackIndex index;

    @BeforeAll
    static void load() {
        index = PackLoader.loadDefault().index().orElseThrow();
    }

    private static ArgumentViewModel model(Locale locale) {
        ArgumentViewModel m = new ArgumentViewModel(new UiText(new CompositeBundle(UiPart.bundles(), locale)));
        m.indexProperty().set(index);
        return m;
    }

    @Test
    void aPackOpensOnItsThesisAndSaysWhatBacksTheSelectedClaim() {
        ArgumentViewModel m = model(Locale.ENGLISH);
        assertEquals("thesis", m.selectedIdProperty().get());
        assertEquals("Thesis", m.kindLineProperty().get());
        m.selectedIdProperty().set("implication-4");
        String parent = index.claim("thesis").orElseThrow().title();
        assertEquals("Implication \u00b7 supports \u201c" + parent + "\u201d", m.kindLineProperty().get());
        int n = index.claim("implication-4").orElseThrow().support().size();
        assertTrue(m.strengthLineProperty().get().startsWith(n + " items back it"), m.strengthLineProperty().get());
        assertTrue(m.strengthLineProperty().get().contains("2 reading notes question it (1 imprecise, 1 contested)"),
                m.strengthLineProperty().get());
        int cards = index.cardsOfClaim("implication-4").size();
        assertEquals("Study these " + cards + " cards", m.studyLabelProperty().get());
        assertEquals(cards, m.cardsOfSelected().size());
        assertEquals(n + " items \u00b7 2 notes question it", m.captionsProperty().get().get("implication-4"));
        assertEquals(index.claims().size(), m.captionsProperty().get().size(), "a caption for every box");
    }

    @Test
    void theSameSentencesInChinese() {
        ArgumentViewModel m = model(Locale.SIMPLIFIED_CHINESE);
        m.selectedIdProperty().set("implication-4");
        assertTrue(m.kindLineProperty().get().startsWith("影响 · 支撑“"), m.kindLineProperty().get());
        assertTrue(m.strengthLineProperty().get().contains("有 2 条阅读笔记质疑它"), m.strengthLineProperty().get());
        assertTrue(m.studyLabelProperty().get().startsWith("学习这 "), m.studyLabelProperty().get());
    }

    @Test
    void aClaimWithoutCardsSaysSoAndAnotherPackStartsAtItsThesis() {
        // every claim of the bundled pack has cards (BundledPackClaimsTest); the test pack's claims have none
        PackIndex small = TestClaims.index(TestClaims.pack());
        ArgumentViewModel m = model(Locale.ENGLISH);
        m.indexProperty().set(small);
        assertEquals("claim-thesis", m.selectedIdProperty().get());
        String without = small.claims().stream().filter(c -> small.cardsOfClaim(c.id()).isEmpty()).findFirst()
                .orElseThrow().id();
        m.selectedIdProperty().set(without);
        assertEquals("No card studies this claim yet", m.studyLabelProperty().get());
        assertEquals(0, m.cardsOfSelected().size());
        m.indexProperty().set(null);
        assertNull(m.selectedIdProperty().get());
        m.indexProperty().set(index);
        assertEquals("thesis", m.selectedIdProperty().get());
    }
}
