package org.xistudy.study.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NameTest {
    private final Name wang = new Name("Wang Yi", "王毅", "Wáng Yì");
    private final Name noChinese = new Name("State Council", " ", null);

    @Test
    void eachStyleGivesItsForms() {
        assertEquals("Wang Yi", wang.inline(NameStyle.ENGLISH));
        assertEquals("Wang Yi  王毅", wang.inline(NameStyle.ENGLISH_CHINESE));
        assertEquals("王毅  Wáng Yì", wang.inline(NameStyle.CHINESE_PINYIN));
        assertEquals(List.of("Wáng Yì"), wang.more(NameStyle.ENGLISH_CHINESE));
        assertEquals(List.of("Wang Yi"), wang.more(NameStyle.CHINESE_PINYIN));
        assertEquals(List.of(), wang.more(NameStyle.ENGLISH));
        assertEquals("王毅", wang.brief(NameStyle.CHINESE_PINYIN, "Wang"));
        assertEquals("Wang", wang.brief(NameStyle.ENGLISH_CHINESE, "Wang"));
    }

    @Test
    void aNameWithoutCharactersStaysEnglishInEveryStyle() {
        for (NameStyle s : NameStyle.values()) {
            assertEquals("State Council", noChinese.first(s));
            assertEquals(Optional.empty(), noChinese.second(s));
            assertEquals(List.of(), noChinese.more(s));
        }
    }

    @Test
    void tagsRoundTripAndAnUnknownOneIsTheFirstWay() {
        for (NameStyle s : NameStyle.values()) {
            assertEquals(s, NameStyle.of(s.tag()));
        }
        assertEquals(NameStyle.ENGLISH_CHINESE, NameStyle.of("klingon"));
        assertEquals(NameStyle.ENGLISH_CHINESE, NameStyle.of(null));
    }
}
