package org.xistudy.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xistudy.content.Messages;
import org.xistudy.content.Problem;

/**
 * The one way the UI writes a content {@link Problem}: in the UI's language when the bundles
 * have {@code problem.KEY} for the problem's key, else the English message it carries. The
 * location ({@code FILE:LINE:COL} and the JSON path) comes first and is never translated; the
 * word error or warning is ({@code problem.severity.*}).
 */
public final class ProblemText {
    private static final Pattern FOUND = Pattern.compile("the (boolean|number) (.*)|the string \"(.*)\"", Pattern.DOTALL);
    private static final Pattern ARTICLE = Pattern.compile("an? (.+)");
    /** What the JSON parser found where it expected something else. */
    private static final Pattern FOUND_CHARACTER = Pattern.compile(", found (?:'(.*)'|control character (U\\+\\p{XDigit}+))",
            Pattern.DOTALL);

    private final UiText text;

    public ProblemText(UiText text) {
        this.text = text;
    }

    /** The problem on one line: {@code FILE:LINE:COL: error: $.path: message}, in the UI's words. */
    public String line(Problem p) {
        return p.location() + ": " + severity(p) + ": " + p.path() + ": " + message(p);
    }

    /** The problem's path and message, without the file and line. */
    public String located(Problem p) {
        return p.path() + ": " + message(p);
    }

    /** The word error or warning in the UI's language. */
    public String severity(Problem p) {
        String label = p.severity().label();
        String key = "problem.severity." + label;
        return text.has(key) ? text.get(key) : label;
    }

    /** The message in the UI's language, or the English message when it has no key or no translation. */
    public String message(Problem p) {
        String key = p.key() == null ? null : "problem." + p.key();
        if (key == null || !text.has(key) || !Messages.keys().contains(p.key())
                || text.get(key).equals(Messages.template(p.key()))) {
            return p.message(); // the English bundle says it as the content code does
        }
        Set<Integer> words = Messages.wordArguments(p.key());
        List<Object> args = new ArrayList<>();
        for (int i = 0; i < p.args().size(); i++) {
            String a = p.args().get(i);
            args.add(words.contains(i) ? word(a) : a);
        }
        return Problem.cut(text.format(key, args.toArray()));
    }

    /** English words of the validator's making in the UI's words, as far as the bundles know them. */
    private String word(String english) {
        switch (english) {
            case "null":
            case "an object":
            case "an array":
                return found(english.substring(english.indexOf(' ') + 1));
            default:
                break;
        }
        if (english.isEmpty()) {
            return english;
        }
        if (english.equals(", found the end of the line")) {
            return found("lineEnd");
        }
        Matcher c = FOUND_CHARACTER.matcher(english);
        if (c.matches()) {
            return c.group(1) != null ? found("character", c.group(1)) : found("control", c.group(2));
        }
        Matcher m = FOUND.matcher(english);
        if (m.matches()) {
            return m.group(1) != null ? found(m.group(1), m.group(2)) : found("string", m.group(3));
        }
        String[] alternatives = english.split(" or ");
        if (alternatives.length > 1 && text.has("problem.term.or")) {
            String out = term(alternatives[0]);
            for (int i = 1; i < alternatives.length; i++) {
                out = text.format("problem.term.or", out, term(alternatives[i]));
            }
            return out;
        }
        return term(english);
    }

    private String found(String kind, Object... args) {
        String key = "problem.found." + kind;
        return text.has(key) ? text.format(key, args) : kind;
    }

    /** A kind of thing, "an event" or "left side", by {@code problem.term.event}, {@code problem.term.leftSide}. */
    private String term(String english) {
        Matcher m = ARTICLE.matcher(english);
        String noun = m.matches() ? m.group(1) : english;
        String[] words = noun.split(" ");
        StringBuilder camel = new StringBuilder(words[0].toLowerCase(Locale.ROOT));
        for (int i = 1; i < words.length; i++) {
            if (!words[i].isEmpty()) {
                camel.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
            }
        }
        String key = "problem.term." + camel;
        return text.has(key) ? text.get(key) : english;
    }
}
