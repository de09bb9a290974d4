package org.xistudy.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.xistudy.content.LoadResult;
import org.xistudy.content.Messages;
import org.xistudy.content.PackLoader;
import org.xistudy.content.Problem;
import org.xistudy.content.TestLessons;
import org.xistudy.content.TestPacks;
import org.xistudy.content.json.JsonPosition;
import org.xistudy.content.validate.SeedLookup;
import org.xistudy.ui.UiPart;

/** Problems in the UI's words: every key translated, and a bad pack's problems in Chinese, location first. */
class ProblemTextTest {
    private static final Path I18N = Path.of("resources", "i18n");
    private static final SeedLookup NO_ESSAY = (seed, author) -> Optional.empty();

    private static Properties read(String file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(I18N.resolve(file), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    private static ProblemText words(Locale locale) {
        return new ProblemText(new UiText(new CompositeBundle(UiPart.bundles(), locale)));
    }

    @Test
    void everyKeyHasItsEnglishAndChineseText() throws IOException {
        Properties en = read("problems.properties");
        Properties zh = read("problems_zh_CN.properties");
        List<String> problems = new ArrayList<>();
        for (String key : Messages.keys()) {
            String e = en.getProperty("problem." + key);
            String z = zh.getProperty("problem." + key);
            if (e == null || z == null) {
                problems.add(key + ": missing in " + (e == null ? "problems.properties " : "")
                        + (z == null ? "problems_zh_CN.properties" : ""));
                continue;
            }
            if (!e.equals(Messages.template(key))) {
                problems.add(key + ": the English bundle says \"" + e + "\", the code \"" + Messages.template(key) + "\"");
            }
            if (!BundleConsistencyTest.arguments(e).equals(BundleConsistencyTest.arguments(z))) {
                problems.add(key + ": English " + BundleConsistencyTest.arguments(e) + ", Chinese "
                        + BundleConsistencyTest.arguments(z));
            }
        }
        for (String k : new TreeSet<>(en.stringPropertyNames())) {
            String rest = k.substring("problem.".length());
            if (!rest.startsWith("severity.") && !rest.startsWith("found.") && !rest.startsWith("term.")
                    && !Messages.keys().contains(rest)) {
                problems.add(k + ": no problem has this key");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** A pack with many common mistakes, each on its own line. */
    private static LoadResult badPack() {
        JsonObject pack = TestPacks.minimal();
        JsonObject ev = TestPacks.item(pack, "events", 0);
        ev.addProperty("titel", "typo");              // unknown field, with a hint
        ev.addProperty("lane", "lane-b");             // dangling id, with a hint
        ev.addProperty("date", "2013-13");            // bad month
        ev.add("people", new JsonArray());            // still fine: an empty list is not the test
        JsonObject ev2 = TestPacks.item(pack, "events", 1);
        ev2.remove("summary");                        // missing required field
        ev2.addProperty("date", 1958);                // wrong type
        TestPacks.item(pack, "people", 0).addProperty("id", "ev-a"); // duplicate id
        TestPacks.item(pack, "eras", 0).getAsJsonArray("cite").get(0).getAsJsonObject()
                .addProperty("quote", "words the essay never wrote");  // quote not in the essay
        return TestPacks.load(pack);
    }

    @Test
    void aBadPackReadsInChineseWithItsLocationFirst() {
        LoadResult r = badPack();
        assertFalse(r.problems().isEmpty());
        ProblemText zh = words(Locale.SIMPLIFIED_CHINESE);
        Set<String> keys = new TreeSet<>();
        for (Problem p : r.problems()) {
            String line = zh.line(p);
            String location = p.file() + ":" + p.position().line() + ":" + p.position().column() + ": ";
            assertTrue(line.startsWith(location + (p.isError() ? "错误" : "警告") + ": " + p.path() + ": "), line);
            assertNotNull(p.key(), "every problem of this pack has a key: " + p.format());
            keys.add(p.key());
            String said = zh.message(p);
            assertTrue(said.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    "in Chinese: " + line);
            assertFalse(said.equals(p.message()), line);
        }
        assertTrue(keys.containsAll(List.of("fieldUnknownHint", "linkUnknownHint", "dateMonth", "fieldMissing",
                "typeString", "idDuplicate", "quoteNotInEssay")), keys.toString());
        Problem unknown = only(r, "fieldUnknownHint");
        assertEquals("事件中有未知字段“titel”（你是不是想写“title”？）；该字段将被忽略", zh.message(unknown));
        assertEquals("找不到 id 为“lane-b”的泳道（你是不是想写“lane-a”？）", zh.message(only(r, "linkUnknownHint")));
        assertEquals("应为字符串，但找到的是数字 1958", zh.message(only(r, "typeString")));
        assertTrue(zh.message(only(r, "idDuplicate")).contains("的事件已使用了它"), zh.message(only(r, "idDuplicate")));
    }

    private static Problem only(LoadResult r, String key) {
        return r.problems().stream().filter(p -> key.equals(p.key())).findFirst().orElseThrow();
    }

    @Test
    void englishIsTheMessageAsTheCommandLinePrintsIt() {
        ProblemText en = words(Locale.ENGLISH);
        for (Problem p : badPack().problems()) {
            assertEquals(p.format(), en.line(p));
        }
    }

    @Test
    void aBadLessonReadsInChinese() {
        JsonObject pack = TestLessons.basePack();
        JsonArray lessons = TestLessons.lessons();
        JsonObject step = lessons.get(0).getAsJsonObject().getAsJsonArray("steps").get(4).getAsJsonObject();
        step.addProperty("paragraph", 40);
        pack.add("lessons", lessons);
        Problem p = TestPacks.load(pack).problems().get(0);
        assertEquals("paragraphRange", p.key());
        assertEquals("the essay has paragraphs 1 to 17; there is no paragraph 40", p.message());
        assertEquals("文章共有第 1 到第 17 段；不存在第 40 段", words(Locale.SIMPLIFIED_CHINESE).message(p));
        Problem needs = Problem.error("f.json", JsonPosition.START, "$.lessons[0].steps[1]", "stepNeeds", "an event", "event");
        assertEquals("an event step needs \"event\"", needs.message());
        assertEquals("事件步骤需要“event”", words(Locale.SIMPLIFIED_CHINESE).message(needs));
        Problem claim = Problem.error("f.json", JsonPosition.START, "$.claims[2]", "claimNoParent", "\"c-2\"",
                "a mechanism");
        assertTrue(claim.message().startsWith("claim \"c-2\" has no \"parent\""), claim.message());
        assertTrue(words(Locale.SIMPLIFIED_CHINESE).message(claim).contains("而这个论点是机制；"),
                words(Locale.SIMPLIFIED_CHINESE).message(claim));
    }

    @Test
    void aProblemWithoutATranslationStaysEnglish() {
        ProblemText zh = words(Locale.SIMPLIFIED_CHINESE);
        Problem plain = new Problem(Problem.Severity.WARNING, "f.json", new JsonPosition(4, 2), "$.x", "plain words");
        assertEquals("f.json:4:2: 警告: $.x: plain words", zh.line(plain));
        Problem strange = new Problem(Problem.Severity.ERROR, "f.json", JsonPosition.START, "$", "English", "noSuchKey",
                List.of());
        assertEquals("English", zh.message(strange));
    }

    @Test
    void fileProblemsReadInChinese() {
        LoadResult big = PackLoader.load("big.json", new byte[(int) PackLoader.MAX_BYTES + 1], NO_ESSAY);
        assertTrue(words(Locale.SIMPLIFIED_CHINESE).line(big.problems().get(0)).startsWith("big.json:1:1: 错误: $: 文件大于"),
                words(Locale.SIMPLIFIED_CHINESE).line(big.problems().get(0)));
        LoadResult notUtf8 = PackLoader.load("bad.json", new byte[] {'{', (byte) 0xC3, '}'}, NO_ESSAY);
        assertTrue(words(Locale.SIMPLIFIED_CHINESE).message(notUtf8.problems().get(0)).contains("UTF-8 编码"));
        LoadResult syntax = PackLoader.load("bad.json", "{\"a\": \"open".getBytes(StandardCharsets.UTF_8), NO_ESSAY);
        assertTrue(words(Locale.SIMPLIFIED_CHINESE).message(syntax.problems().get(0)).matches(".*[\\u4e00-\\u9fff].*"),
                syntax.problems().get(0).format());
        Problem comma = PackLoader.load("bad.json", "{\"a\": 1 \"b\": 2}".getBytes(StandardCharsets.UTF_8), NO_ESSAY)
                .problems().get(0);
        assertEquals("jsonAfterMember", comma.key());
        assertEquals("expected ',' or '}' after an object member, found '\"'", comma.message());
        assertEquals("对象成员之后应为“,”或“}”，却遇到了“\"”", words(Locale.SIMPLIFIED_CHINESE).message(comma));
    }
}
