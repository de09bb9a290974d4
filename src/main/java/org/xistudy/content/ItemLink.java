package org.xistudy.content;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.xistudy.content.essay.Essay;

/**
 * A link to one item of a pack, as text: {@code event:ID}, {@code institution:ID},
 * {@code person:ID}, {@code card:ID}, {@code note:ID}, {@code claim:ID}, {@code year:YYYY} or
 * {@code paragraph:N}.
 * The full form {@code xistudy:event:ID} is accepted too; {@link #format()} writes the short one.
 *
 * <p>Parsing is strict: the kind is one of those above, in lower case; an id is a pack id
 * ({@code [A-Za-z0-9][A-Za-z0-9._:-]*}); a year has four digits; a paragraph number is a whole
 * number from 1. Spaces around the whole link (as a pasted one often has) are ignored, any others
 * are an error, as are control characters and links over {@link #MAX_LENGTH} characters.
 */
public record ItemLink(Kind kind, String value) {

    /** The longest link text accepted. */
    public static final int MAX_LENGTH = 300;
    /** The optional scheme of the full form. */
    public static final String SCHEME = "xistudy:";

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]*");
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,6}");

    /** What a link names; {@code word} is how the link spells it. */
    public enum Kind {
        EVENT("event"), INSTITUTION("institution"), PERSON("person"), CARD("card"), NOTE("note"), CLAIM("claim"),
        YEAR("year"), PARAGRAPH("paragraph");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }

        static Optional<Kind> ofWord(String word) {
            return Arrays.stream(values()).filter(k -> k.word.equals(word)).findFirst();
        }

        static String words() {
            return Arrays.stream(values()).map(Kind::word).collect(Collectors.joining(", "));
        }
    }

    /** A link text that is not a link; the message says why, in words a user can act on. */
    public static final class BadLink extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        BadLink(String message) {
            super(message);
        }
    }

    public ItemLink {
        if (kind == null || value == null) {
            throw new IllegalArgumentException("a link needs a kind and a value");
        }
        String problem = problemWithValue(kind, value);
        if (problem != null) {
            throw new BadLink(problem);
        }
    }

    /** The link to an item of this kind, or empty when {@code value} cannot be one (an id no pack allows). */
    public static Optional<ItemLink> of(Kind kind, String value) {
        try {
            return Optional.of(new ItemLink(kind, value == null ? "" : value));
        } catch (BadLink e) {
            return Optional.empty();
        }
    }

    public static ItemLink event(String id) {
        return new ItemLink(Kind.EVENT, id);
    }

    public static ItemLink institution(String id) {
        return new ItemLink(Kind.INSTITUTION, id);
    }

    public static ItemLink person(String id) {
        return new ItemLink(Kind.PERSON, id);
    }

    public static ItemLink card(String id) {
        return new ItemLink(Kind.CARD, id);
    }

    public static ItemLink note(String id) {
        return new ItemLink(Kind.NOTE, id);
    }

    public static ItemLink claim(String id) {
        return new ItemLink(Kind.CLAIM, id);
    }

    public static ItemLink year(int year) {
        return new ItemLink(Kind.YEAR, String.format(Locale.ROOT, "%04d", year));
    }

    public static ItemLink paragraph(int number) {
        return new ItemLink(Kind.PARAGRAPH, Integer.toString(number));
    }

    /**
     * Reads a link.
     *
     * @throws BadLink when the text is not a link, with the reason as its message
     */
    public static ItemLink parse(String text) {
        if (text == null || text.isBlank()) {
            throw new BadLink("The link is empty. A link looks like event:ID, year:2018 or paragraph:7.");
        }
        if (text.length() > MAX_LENGTH) {
            throw new BadLink("The link is too long (" + text.length() + " characters; at most " + MAX_LENGTH + ").");
        }
        String s = text.strip();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                throw new BadLink("The link contains a control character (U+"
                        + String.format(Locale.ROOT, "%04X", (int) c) + ").");
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                throw new BadLink("The link contains a space; a link has none.");
            }
        }
        if (s.startsWith(SCHEME)) {
            s = s.substring(SCHEME.length());
        }
        int colon = s.indexOf(':');
        if (colon < 0) {
            throw new BadLink("\"" + s + "\" is not a link: a link is KIND:ID, the kind one of " + Kind.words() + ".");
        }
        String word = s.substring(0, colon);
        Kind kind = Kind.ofWord(word).orElseThrow(() -> new BadLink("Unknown kind of link \"" + word
                + "\": the kind is one of " + Kind.words() + "."));
        return new ItemLink(kind, s.substring(colon + 1));
    }

    /** Reads a link; empty when the text is not one. */
    public static Optional<ItemLink> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (BadLink e) {
            return Optional.empty();
        }
    }

    private static String problemWithValue(Kind kind, String value) {
        if (value.isEmpty()) {
            return kind == Kind.YEAR ? "year: needs a year, such as year:2018."
                    : kind == Kind.PARAGRAPH ? "paragraph: needs a paragraph number, such as paragraph:7."
                    : kind.word() + ": needs the id of the " + kind.word() + ", such as " + kind.word() + ":some-id.";
        }
        switch (kind) {
            case YEAR:
                return YEAR.matcher(value).matches() ? null
                        : "\"" + value + "\" is not a year: a year has four digits, such as year:2018.";
            case PARAGRAPH:
                return NUMBER.matcher(value).matches() && Integer.parseInt(value) >= 1 ? null
                        : "\"" + value + "\" is not a paragraph number: it is a whole number from 1, such as paragraph:7.";
            default:
                return ID.matcher(value).matches() && value.length() <= MAX_LENGTH ? null
                        : "\"" + value + "\" is not an id: an id starts with a letter or digit and has only letters, "
                                + "digits, '.', '_', ':' and '-'.";
        }
    }

    /** The year or paragraph number; only for those kinds. */
    public int number() {
        if (kind != Kind.YEAR && kind != Kind.PARAGRAPH) {
            throw new IllegalStateException(kind.word() + " links have an id, not a number");
        }
        return Integer.parseInt(value);
    }

    /** The link as text, in its short form: {@code event:ID}. */
    public String format() {
        return kind.word() + ":" + value;
    }

    /** The link in its full form: {@code xistudy:event:ID}. */
    public String formatFull() {
        return SCHEME + format();
    }

    @Override
    public String toString() {
        return format();
    }

    /** True when the pack has what the link names. */
    public boolean resolves(PackIndex index) {
        return check(index).isEmpty();
    }

    /**
     * Whether the pack has what this link names: empty when it does, else why not (the event does
     * not exist, the year is outside the pack's data years, the essay has no such paragraph...).
     */
    public Optional<String> check(PackIndex index) {
        boolean found;
        switch (kind) {
            case EVENT:
                found = index.event(value).isPresent();
                break;
            case INSTITUTION:
                found = index.institution(value).isPresent();
                break;
            case PERSON:
                found = index.person(value).isPresent();
                break;
            case CARD:
                found = index.card(value).isPresent();
                break;
            case NOTE:
                found = index.note(value).isPresent();
                break;
            case CLAIM:
                found = index.claim(value).isPresent();
                break;
            case YEAR:
                return index.dataYears().contains(number()) ? Optional.empty()
                        : Optional.of("The pack has no data for " + value + ": its years are "
                                + index.dataYears().first() + " to " + index.dataYears().last() + ".");
            default:
                return paragraphProblem(index.essay());
        }
        return found ? Optional.empty()
                : Optional.of("The pack has no " + kind.word() + " with the id \"" + value + "\".");
    }

    private Optional<String> paragraphProblem(Essay essay) {
        if (essay == null) {
            return Optional.of("This pack has no essay text, so it has no paragraph " + value + ".");
        }
        long count = essay.blocks().stream().filter(b -> b.kind() == Essay.Kind.PARAGRAPH).count();
        return essay.block(anchor()).isPresent() ? Optional.empty()
                : Optional.of("The essay has no paragraph " + value + ": it has " + count + " paragraphs.");
    }

    /** The essay block a paragraph link names ({@code p7}); only for paragraph links. */
    public String anchor() {
        if (kind != Kind.PARAGRAPH) {
            throw new IllegalStateException(kind.word() + " links name no essay block");
        }
        return "p" + number();
    }
}
