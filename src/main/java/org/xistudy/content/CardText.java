package org.xistudy.content;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xistudy.content.model.Card;

/**
 * The one plain-text rendering of a card's two sides, for the flashcards, the quiz, the classroom,
 * lists, labels and search: the question (with the one cloze blank, {@link #BLANK}) and the answer.
 * Items to put in order are shown without their dates, which would give the order away; the
 * dates stay in the answer.
 */
public final class CardText {
    /** What stands for a hidden cloze span, everywhere. */
    public static final String BLANK = "[\u2026]";

    /** Between the items of an order, in one line. */
    public static final String THEN = " \u2192 ";

    private static final String YEAR = "\\b(?:1[5-9]|20)\\d\\d\\b";
    private static final String MONTH = "\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d";
    /** A year, a month with a day or year, or an ISO date. */
    private static final Pattern DATE = Pattern.compile(YEAR + "|" + MONTH + "|\\d{4}-\\d\\d");
    /** A trailing "(Nov 2022)", "(2013–2022)", "(from July 2023)": a bracket that holds a year. */
    private static final Pattern TRAILING_DATE = Pattern.compile("\\s*[(\\[][^()\\[\\]]*" + YEAR + "[^()\\[\\]]*[)\\]]\\s*$");
    /** A leading "1981: " or "Mar 2018 - ". */
    private static final Pattern LEADING_DATE = Pattern.compile("^\\s*(?:[A-Z][a-z]{2,8}\\.?\\s+)?" + YEAR
            + "\\s*[:\u2013\u2014-]\\s+");

    private CardText() {
    }

    /** The card's question side (the front of a reversed card). */
    public static String prompt(Card c) {
        return prompt(c, false);
    }

    /** The question side; for a reversed card, {@code reverse} asks back to front. */
    public static String prompt(Card c, boolean reverse) {
        switch (c.type()) {
            case BASIC:
                return c.front();
            case REVERSED:
                return reverse ? c.back() : c.front();
            case CLOZE:
                return c.clozeText(BLANK);
            case CHOICE:
            case TYPEIN:
                return c.question();
            case TRUEFALSE:
                return c.statement();
            default:
                return c.prompt();
        }
    }

    /** The card's answer side, in one line (the back of a reversed card). */
    public static String answer(Card c) {
        return answer(c, false);
    }

    /** The answer side in one line; true/false cards answer "True" or "False" (views word it themselves). */
    public static String answer(Card c, boolean reverse) {
        switch (c.type()) {
            case BASIC:
                return c.back();
            case REVERSED:
                return reverse ? c.front() : c.back();
            case CLOZE:
                return c.clozeAnswer();
            case CHOICE:
            case TYPEIN:
                return c.answer();
            case TRUEFALSE:
                return c.isTrue() ? "True" : "False";
            case ORDER:
                return String.join(THEN, c.items());
            default:
                StringBuilder sb = new StringBuilder();
                c.pairs().forEach(p -> sb.append(sb.length() == 0 ? "" : "; ").append(p.left()).append(" \u2014 ")
                        .append(p.right()));
                return sb.toString();
        }
    }

    /** For a cloze card: the text before the hidden span, the span, and the text after. */
    public static List<String> clozeParts(Card c) {
        String text = c.text() == null ? "" : c.text();
        Matcher m = Card.CLOZE.matcher(text);
        if (!m.find()) {
            return List.of(text, "", "");
        }
        return List.of(text.substring(0, m.start()), m.group(1), text.substring(m.end()));
    }

    /** An item of an ordering task as shown while it is answered: without a leading or trailing date. */
    public static String undated(String item) {
        if (item == null) {
            return "";
        }
        String s = TRAILING_DATE.matcher(item).replaceFirst("");
        s = LEADING_DATE.matcher(s).replaceFirst("");
        return s.isBlank() ? item.strip() : s.strip();
    }

    /** The items of an order card as shown while answering, in the card's (right) order. */
    public static List<String> undatedItems(Card c) {
        return c.items().stream().map(CardText::undated).toList();
    }

    /** Whether a text names a year or a date. */
    public static boolean mentionsDate(String text) {
        return text != null && DATE.matcher(text).find();
    }
}
