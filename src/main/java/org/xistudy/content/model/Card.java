package org.xistudy.content.model;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A study card. Which of the optional fields are set depends on {@link #type()}; the validator
 * guarantees that the fields a type needs are present.
 */
public record Card(String id, CardType type, List<String> tags, String front, String back, String text,
        String question, String statement, List<String> options, String answer, List<String> accept,
        String prompt, List<String> items, List<MatchPair> pairs, String explanation, List<String> events,
        List<String> institutions, List<String> people, List<Cite> cite) implements Cited {

    /** A cloze span: {@code {{answer}}} or {@code {{answer::hint}}}. */
    public static final Pattern CLOZE = Pattern.compile("\\{\\{(.+?)(?:::(.+?))?}}");

    public Card {
        tags = Lists.of(tags);
        options = Lists.of(options);
        accept = Lists.of(accept);
        items = Lists.of(items);
        pairs = Lists.of(pairs);
        events = Lists.of(events);
        institutions = Lists.of(institutions);
        people = Lists.of(people);
        cite = Lists.of(cite);
    }

    /** For a true/false card, whether the statement is true. */
    public boolean isTrue() {
        return Boolean.parseBoolean(answer);
    }

    /** For a cloze card, the hidden words. */
    public String clozeAnswer() {
        Matcher m = CLOZE.matcher(text == null ? "" : text);
        return m.find() ? m.group(1) : "";
    }

    /** For a cloze card, the hint written after {@code ::}, or null. */
    public String clozeHint() {
        Matcher m = CLOZE.matcher(text == null ? "" : text);
        return m.find() ? m.group(2) : null;
    }

    /** For a cloze card, the text with the span replaced by {@code blank}. */
    public String clozeText(String blank) {
        return CLOZE.matcher(text == null ? "" : text).replaceFirst(Matcher.quoteReplacement(blank));
    }

    /** For a cloze card, the text with the span shown. */
    public String clozeFull() {
        return clozeText(clozeAnswer());
    }
}
