package org.xistudy.study.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xistudy.content.PackIndex;
import org.xistudy.content.PackLoader;
import org.xistudy.study.quiz.Phrase;
import org.xistudy.study.quiz.Question;
import org.xistudy.study.quiz.QuestionFormat;
import org.xistudy.study.quiz.QuizGenerator;

class ItemNamesTest {
    private static PackIndex index;

    @BeforeAll
    static void load() {
        index = PackLoader.loadDefault().index().orElseThrow();
    }

    @Test
    void peopleAndBodiesAreNamedInTheChosenStyleAndOtherItemsKeepTheirTitles() {
        assertEquals("Xi Jinping", ItemNames.label(index, "xi-jinping", NameStyle.ENGLISH));
        assertEquals("Xi Jinping  习近平", ItemNames.label(index, "xi-jinping", NameStyle.ENGLISH_CHINESE));
        assertEquals("习近平  Xí Jìnpíng", ItemNames.label(index, "xi-jinping", NameStyle.CHINESE_PINYIN));
        assertEquals("中共中央政治局  Zhōnggòng Zhōngyāng Zhèngzhìjú",
                ItemNames.label(index, "politburo", NameStyle.CHINESE_PINYIN));
        String relation = ItemNames.label(index, "rel-xi-heads-pbsc", NameStyle.CHINESE_PINYIN);
        assertTrue(relation.startsWith("习近平  Xí Jìnpíng heads 中共中央政治局常务委员会"), "a relation names both ends: "
                + relation);
        String event = index.pack().events().get(0).id();
        for (NameStyle s : NameStyle.values()) {
            assertEquals(index.label(event), ItemNames.label(index, event, s), "an event keeps its title");
        }
        assertEquals("nope", ItemNames.label(index, "nope", NameStyle.CHINESE_PINYIN));
    }

    @Test
    void theQuizNamesPeopleAndBodiesThroughItsTextsSoTheStyleReachesItsOptions() {
        Question who = null;
        for (long seed = 0; seed < 40 && who == null; seed++) {
            who = new QuizGenerator(index).candidates(seed).stream()
                    .filter(q -> q.format() == QuestionFormat.WHO_HELD).findFirst().orElse(null);
        }
        assertTrue(who != null, "the pack gives a who-held question");
        Question.Choice choice = (Question.Choice) who.body();
        Phrase.Texts chinese = new Phrase.Texts() {
            @Override
            public String text(String key, Object... args) {
                return key + args.length;
            }

            @Override
            public String name(String id, String english) {
                return ItemNames.label(index, id, NameStyle.CHINESE_PINYIN);
            }
        };
        for (Phrase option : choice.options()) {
            String shown = option.render(chinese, Locale.ENGLISH);
            assertTrue(shown.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    "a person in characters: " + shown);
            String plain = option.render((key, args) -> key, Locale.ENGLISH);
            assertTrue(plain.chars().allMatch(c -> c < 0x2E80), "and in English by default: " + plain);
            assertEquals(option.identity(), option.identity().toLowerCase(Locale.ROOT), "compared as English words");
        }
    }
}
