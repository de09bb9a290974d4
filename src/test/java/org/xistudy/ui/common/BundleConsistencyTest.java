package org.xistudy.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.xistudy.ui.UiPart;

/**
 * The UI's bundles agree with each other and with the code that uses them: every English key has
 * its Chinese (zh_CN) text and no Chinese key is left over; no key is defined in two bundles (or
 * twice in one); the {@code {n}} arguments and choice formats are the same in both languages; every
 * {@code %key} in the FXML files and every key written as a string literal in the main code exists.
 *
 * <p>Limits of the source scan: it is a regular expression over the Java sources, not a parser. It
 * finds string literals that start with a bundle's key prefix ({@code "cards."}, {@code "quiz."},
 * ...: the first segment of some existing key), wherever they are passed (to {@code UiText},
 * {@code AppContext.text}, {@code Phrase}, ...). A literal ending with a dot is taken as the start of
 * a key made at run time ({@code "cards.type." + type}) and only needs some key to begin with it; keys
 * made entirely at run time, or kept in variables built elsewhere, are not checked. Literals that
 * merely look like keys (a file name such as {@code "print.css"}) are skipped by their extension.
 *
 * <p>When the English bundles gain keys on other branches, this test lists every key that lacks its
 * Chinese, bundle by bundle, so they can be added in one go.
 */
class BundleConsistencyTest {
    private static final Path I18N = Path.of("resources", "i18n");
    private static final Path FXML_ROOT = Path.of("resources", "org", "xistudy", "ui");
    private static final Path MAIN = Path.of("src", "main", "java");
    private static final String CHINESE = "_zh_CN";
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)(\\s*,\\s*(\\w+))?");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.\\-]+)\"");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*\\.[A-Za-z0-9_.\\-]*)\"");
    private static final Pattern NOT_A_KEY = Pattern.compile(".*\\.(css|fxml|json|png|ttf|txt|csv|pdf|properties|xipack|apkg|html|svg)$");

    /** The base names of the bundles: every part's, as {@link UiPart} registers them. */
    private static List<String> names() {
        return UiPart.bundles().stream().map(b -> b.substring("i18n.".length())).toList();
    }

    private static Properties read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    private static Properties english(String name) throws IOException {
        return read(I18N.resolve(name + ".properties"));
    }

    private static Properties chinese(String name) throws IOException {
        return read(I18N.resolve(name + CHINESE + ".properties"));
    }

    /** Every key of every English bundle. */
    private static Set<String> allEnglishKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String name : names()) {
            keys.addAll(english(name).stringPropertyNames());
        }
        return keys;
    }

    @Test
    void everyBundleIsRegisteredAndHasItsChinese() throws IOException {
        Set<String> onDisk = new TreeSet<>();
        try (Stream<Path> files = Files.list(I18N)) {
            files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".properties"))
                    .forEach(onDisk::add);
        }
        List<String> problems = new ArrayList<>();
        for (String name : names()) {
            if (!onDisk.contains(name + CHINESE + ".properties")) {
                problems.add(name + CHINESE + ".properties is missing");
            }
        }
        for (String file : onDisk) {
            String base = file.replace(".properties", "").replace(CHINESE, "");
            if (!names().contains(base)) {
                problems.add(file + " belongs to no UiPart");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void chineseHasExactlyTheEnglishKeys() throws IOException {
        Map<String, Set<String>> missing = new TreeMap<>();
        Map<String, Set<String>> extra = new TreeMap<>();
        for (String name : names()) {
            Set<String> en = english(name).stringPropertyNames();
            Set<String> zh = Files.exists(I18N.resolve(name + CHINESE + ".properties"))
                    ? chinese(name).stringPropertyNames() : Set.of();
            Set<String> m = new TreeSet<>(en);
            m.removeAll(zh);
            Set<String> x = new TreeSet<>(zh);
            x.removeAll(en);
            if (!m.isEmpty()) {
                missing.put(name + CHINESE + ".properties", m);
            }
            if (!x.isEmpty()) {
                extra.put(name + CHINESE + ".properties", x);
            }
        }
        StringBuilder sb = new StringBuilder();
        missing.forEach((file, keys) -> {
            sb.append("Missing in ").append(file).append(" (").append(keys.size()).append("):\n");
            keys.forEach(k -> sb.append("  ").append(k).append('\n'));
        });
        extra.forEach((file, keys) -> {
            sb.append("In ").append(file).append(" but not in English (").append(keys.size()).append("):\n");
            keys.forEach(k -> sb.append("  ").append(k).append('\n'));
        });
        assertTrue(sb.isEmpty(), sb.toString());
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        Map<String, String> firstFile = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (String suffix : List.of("", CHINESE)) {
            firstFile.clear();
            for (String name : names()) {
                Path file = I18N.resolve(name + suffix + ".properties");
                if (!Files.exists(file)) {
                    continue;
                }
                for (String key : declaredKeys(file)) {
                    String before = firstFile.putIfAbsent(key, file.getFileName().toString());
                    if (before != null) {
                        problems.add(key + ": in " + before + " and " + file.getFileName());
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), "Keys defined twice:\n" + String.join("\n", problems));
    }

    /** The keys of a file in the order written, a key written twice twice (Properties keeps one). */
    private static List<String> declaredKeys(Path file) throws IOException {
        List<String> keys = new ArrayList<>();
        boolean continued = false;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String t = line.strip();
            boolean wasContinued = continued;
            continued = t.endsWith("\\") && !t.endsWith("\\\\");
            if (wasContinued || t.isEmpty() || t.startsWith("#") || t.startsWith("!")) {
                continue;
            }
            int end = 0;
            while (end < t.length() && t.charAt(end) != '=' && t.charAt(end) != ':'
                    && !Character.isWhitespace(t.charAt(end))) {
                end++;
            }
            keys.add(t.substring(0, end));
        }
        return keys;
    }

    @Test
    void argumentsAndChoiceFormatsMatch() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String name : names()) {
            Properties en = english(name);
            Path zhFile = I18N.resolve(name + CHINESE + ".properties");
            if (!Files.exists(zhFile)) {
                continue;
            }
            Properties zh = chinese(name);
            for (String key : new TreeSet<>(en.stringPropertyNames())) {
                String z = zh.getProperty(key);
                if (z == null) {
                    continue;
                }
                String e = en.getProperty(key);
                if (!arguments(e).equals(arguments(z))) {
                    problems.add(key + ": English " + arguments(e) + ", Chinese " + arguments(z));
                }
                if (e.contains("{")) {
                    for (String[] lang : new String[][] {{"English", e}, {"Chinese", z}}) {
                        try {
                            new MessageFormat(lang[1]);
                        } catch (IllegalArgumentException bad) {
                            problems.add(key + ": the " + lang[0] + " text is no valid MessageFormat: " + bad.getMessage());
                        }
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), "Arguments that differ between English and Chinese:\n" + String.join("\n", problems));
    }

    /** The arguments of a text: each index with its format type ("0", "4,choice", "1,number"). */
    static Set<String> arguments(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(text);
        while (m.find()) {
            out.add(m.group(3) == null ? m.group(1) : m.group(1) + "," + m.group(3));
        }
        // "{0}" inside a choice of "{0,choice,...}" is the same argument
        out.removeIf(a -> !a.contains(",") && out.stream().anyMatch(b -> b.startsWith(a + ",")));
        return out;
    }

    @Test
    void argumentScanSeesChoiceFormats() {
        assertEquals(Set.of("0,choice", "1"), arguments("{0,choice,1#one|1<{0} many} of {1}"));
        assertEquals(Set.of("0", "1,number"), arguments("{0} in {1,number,#}"));
    }

    @Test
    void everyFxmlKeyExists() throws IOException {
        Set<String> keys = allEnglishKeys();
        Map<String, Set<String>> missing = new TreeMap<>();
        try (Stream<Path> files = Files.walk(FXML_ROOT)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".fxml")).toList()) {
                Matcher m = FXML_KEY.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    if (!keys.contains(m.group(1))) {
                        missing.computeIfAbsent(FXML_ROOT.relativize(f).toString(), k -> new TreeSet<>()).add(m.group(1));
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "FXML keys that no bundle defines: " + missing);
    }

    @Test
    void everyKeyWrittenInTheCodeExists() throws IOException {
        Set<String> keys = allEnglishKeys();
        Set<String> prefixes = new TreeSet<>();
        keys.forEach(k -> prefixes.add(k.substring(0, k.indexOf('.') + 1)));
        Map<String, Set<String>> missing = new TreeMap<>();
        int checked = 0;
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    String literal = m.group(1);
                    if (NOT_A_KEY.matcher(literal).matches()
                            || prefixes.stream().noneMatch(literal::startsWith)) {
                        continue;
                    }
                    checked++;
                    boolean found = literal.endsWith(".")
                            ? keys.stream().anyMatch(k -> k.startsWith(literal))
                            : keys.contains(literal);
                    if (!found) {
                        missing.computeIfAbsent(MAIN.relativize(f).toString(), k -> new TreeSet<>()).add(literal);
                    }
                }
            }
        }
        assertTrue(checked > 300, "the scan found only " + checked + " keys in the code; is the pattern broken?");
        if (!missing.isEmpty()) {
            StringBuilder sb = new StringBuilder("Keys used in the code that no bundle defines:\n");
            missing.forEach((file, k) -> sb.append("  ").append(file).append(": ").append(k).append('\n'));
            fail(sb.toString());
        }
    }

    @Test
    void theChineseBundlesAreChinese() throws IOException {
        // a key copied over untranslated is a gap too; only symbols, patterns and file names may stay
        List<String> untranslated = new ArrayList<>();
        for (String name : names()) {
            Properties en = english(name);
            Properties zh = chinese(name);
            for (String key : new TreeSet<>(zh.stringPropertyNames())) {
                String z = zh.getProperty(key);
                if (z.equals(en.getProperty(key)) && z.matches(".*[A-Za-z]{4,}.*")
                        && !key.matches(".*(file|File|Pattern|paper\\.a4|axis|language).*")) {
                    untranslated.add(key + "=" + z);
                }
            }
        }
        assertFalse(untranslated.size() > 0, "Chinese texts still in English:\n" + String.join("\n", untranslated));
    }
}
