package org.xistudy.content;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The English templates of the problems the content code reports, by key. A {@link Problem}
 * made from a key carries the key and its arguments, so that the UI can show the words of its
 * own language (its bundle has {@code problem.KEY} with the same arguments); the problem's
 * message stays the English text, as the command line prints it. Templates are
 * {@link MessageFormat} patterns: an apostrophe is written {@code ''} and a brace is quoted.
 * Arguments are always strings, so nothing is formatted as a number.
 */
public final class Messages {
    private static final Map<String, String> TEMPLATES = new LinkedHashMap<>();
    private static final Map<String, Set<Integer>> WORDS = new LinkedHashMap<>();

    static {
        // reading the file
        add("fileTooLarge", "the file is larger than {0} MB");
        add("fileSizeOver", "the file is {0} MB; a content file may be at most {1} MB");
        add("fileTooLargeToRead", "the file is too large to read");
        add("fileIsFolder", "the file is a folder, not a content file");
        add("fileMissing", "the file does not exist");
        add("fileDenied", "the file cannot be read: permission denied");
        add("fileNotBundled", "the file is not bundled with the application");
        add("fileUnreadable", "the file cannot be read: {0}");
        add("fileTooComplex", "the file is too complex to read");
        add("notUtf8", "the file is not valid UTF-8");
        add("notUtf8At", "the file is not valid UTF-8: byte 0x{0} at offset {1} cannot start or continue a character");
        add("jsonEmpty", "the file is empty; expected a JSON object");
        add("jsonTrailing", "unexpected content after the end of the JSON value");
        add("jsonExpectedValue", "expected a value but found {0}");
        add("jsonLongName", "a member name is {0} characters long (at most {1}); is a quotation mark missing?");
        add("jsonDuplicateName", "duplicate member name \"{0}\"");
        add("jsonTooDeep", "nesting is deeper than {0} levels; a content pack never needs that");
        add("jsonEnds", "the file ends before the JSON value is complete (a missing '}' or ]?)");
        add("jsonAfterMember", "expected '','' or ''}'' after an object member{0}", 0);
        add("jsonAfterElement", "expected '','' or '']'' after an array element{0}", 0);
        add("jsonExpectedName", "expected a member name in double quotes{0}", 0);
        add("jsonExpectedColon", "expected '':'' after a member name{0}", 0);
        add("jsonMalformed", "malformed JSON{0} (strict JSON has no comments, single quotes, unquoted names or "
                + "trailing commas)", 0);
        add("jsonOpenString", "a string is not closed with a double quote");
        add("jsonControl", "a string contains a raw control character (use \\n or \\t)");
        add("jsonEscape", "a string contains an invalid escape sequence");
        add("jsonNumberRange", "the number {0} is too large or too small to read");
        // the shape of the file
        add("packNotObject", "a content pack is a JSON object, but the file holds {0}", 0);
        add("lessonFileNotObject", "a lesson file is a JSON object, but the file holds {0}", 0);
        add("formatMissing", "missing required field \"format\"; this app reads \"format\": {0}");
        add("formatUnsupported", "unsupported format version {0}; this app reads format {1}");
        add("formatNewer", "unsupported format version {0}; this app reads format {1} "
                + "(the pack was written for a newer version of the app)");
        add("fieldUnknown", "unknown field \"{0}\" in {1}; it is ignored", 1);
        add("fieldUnknownHint", "unknown field \"{0}\" in {1} (did you mean \"{2}\"?); it is ignored", 1);
        add("fieldMissing", "missing required field \"{0}\"");
        add("fieldMissingNull", "missing required field \"{0}\" (it is null)");
        add("fieldMissingSeed", "missing required field \"{0}\" (a source with an essay, \"seed\", needs it)");
        add("typeInteger", "expected a whole number but found {0}", 0);
        add("typeBoolean", "expected true or false but found {0}", 0);
        add("typeObject", "expected an object but found {0}", 0);
        add("typeString", "expected a string but found {0}", 0);
        add("typeArray", "expected an array but found {0}", 0);
        add("typeEntry", "expected {0} object but found {1}", 0, 1);
        add("valueEmpty", "must not be empty");
        add("valueUnknown", "\"{0}\" is not a known {1}; use one of {2}");
        add("idListedTwice", "\"{0}\" is listed twice");
        add("idsEmpty", "needs at least one id");
        add("citesEmpty", "needs at least one cite: a quote from the essay or a reference");
        add("entriesEmpty", "needs at least one entry");
        add("idInvalid", "the id \"{0}\" may use only letters, digits and . _ : - (no spaces), "
                + "and must start with a letter or digit");
        add("idDuplicate", "duplicate id \"{0}\"; {1} at {2} (line {3}) already uses it", 1);
        add("linkUnknown", "no {0} has the id \"{1}\"", 0);
        add("linkUnknownHint", "no {0} has the id \"{1}\" (did you mean \"{2}\"?)", 0);
        add("linkWrongKind", "\"{0}\" is {1}, but \"{2}\" must name {3}", 1, 3);
        add("relationToItself", "a relation cannot link \"{0}\" to itself");
        add("endBeforeStart", "{0} {1} is before {2} {3}");
        // dates
        add("dateRequired", "a date is required");
        add("dateNotADate", "\"{0}\" is not a date; write YYYY, YYYY-MM or YYYY-MM-DD");
        add("dateYearZero", "year 0000 does not exist");
        add("dateMonth", "\"{0}\" has month {1}; months run from 01 to 12");
        // cites and quotes
        add("citeBoth", "a cite has either \"quote\" or \"ref\", not both");
        add("citeNeither", "a cite needs \"quote\" (verbatim words from the essay) or \"ref\" (a reference id)");
        add("citeDetail", "\"detail\" belongs to a \"ref\" cite; a quote is its own detail");
        add("quoteNoEssay", "this pack has no essay (no \"source.seed\"), so nothing can quote it; cite a reference");
        add("essayMissing", "cannot find the essay file \"{0}\"; quotes cannot be checked");
        add("quoteNotInEssay", "the quote is not in the essay \"{0}\": \"{1}\"");
        add("quoteNotInEssayTypography", "the quote is not in the essay \"{0}\"; it differs only in quote marks, "
                + "apostrophes, dashes or capitals (the essay uses \u2019 \u201C \u201D): \"{1}\"");
        // claims
        add("claimNeedsQuote", "a claim needs at least one quote from the essay ('{'\"quote\": \"...\"'}', its words "
                + "copied exactly); references may back it as well, but not alone");
        add("thesisHasParent", "the thesis is the root of the argument and has no \"parent\"; remove it, or give "
                + "this claim another kind");
        add("claimNoParent", "claim {0} has no \"parent\", but only the thesis may have none and this claim is {1}; "
                + "name the claim it supports", 1);
        add("secondThesis", "claim {0} is a second thesis: {1} at {2} (line {3}) is already the root of the argument, "
                + "and an argument has one; make this claim support another");
        add("claimOwnParent", "claim {0} names itself as its parent; a claim supports another claim");
        add("claimCycle", "claim {0} is its own ancestor ({1}); the claims form a tree under the thesis, so one of "
                + "these must support a claim outside the loop");
        add("claimOrderTwice", "order {0} is also the order of {1} at {2} (line {3}), another claim under \"{4}\"; "
                + "siblings are shown in order, so give each its own");
        // cards
        add("cardNeeds", "a {0} card needs \"{1}\"");
        add("cardUnused", "\"{0}\" is not used by {1} cards; it is ignored");
        add("clozeSpans", "a cloze text hides exactly one span written '{{'like this'}}', but this one has {0}");
        add("choiceOptions", "a choice card needs at least two options");
        add("choiceAnswer", "the answer \"{0}\" is not one of the options");
        add("trueFalseAnswer", "a truefalse card''s answer is true or false, but found {0}", 0);
        add("orderItems", "an order card lists {0} to {1} items, but this one has {2}");
        add("matchPairs", "a match card has {0} to {1} pairs, but this one has {2}");
        add("repeated", "the {0} \"{1}\" appears twice", 0);
        // lesson files
        add("lessonIdDuplicate", "duplicate lesson id \"{0}\"; the lesson at {1} (line {2}) already uses it");
        add("idDuplicateItem", "duplicate id \"{0}\"; {1} already uses it");
        add("stepNeeds", "{0} step needs \"{1}\"", 0);
        add("stepEither", "{0} step has either \"{1}\", not both", 0);
        add("stepUnused", "\"{0}\" is not used by {1} steps; it is ignored", 1);
        add("noteNotAbout", "the note \"{0}\" is not about \"{1}\"; an event step shows a reading note on its event");
        add("yearNoChart", "the pack''s dates run from {0} to {1}, so it has no chart for {2}");
        add("paragraphRange", "the essay has paragraphs 1 to {0}; there is no paragraph {1}");
        add("anchorMissing", "the essay has no block \"{0}\"; paragraphs are p1 to p{1}");
        add("anchorMissingHint", "the essay has no block \"{0}\" (did you mean \"{2}\"?); paragraphs are p1 to p{1}");
        add("quoteOtherBlock", "the quote is not in {0} but in {1}");
        add("lessonQuoteNotInEssay", "the quote is not in the essay: \"{0}\"");
        add("lessonQuoteTypography", "the quote is not in the essay; it differs only in quote marks, apostrophes, "
                + "dashes or capitals (the essay uses \u2019 \u201C \u201D): \"{0}\"");
        add("quizNoCards", "a quiz step needs at least one card");
        add("quizFlashcard", "\"{0}\" is a {1} card, studied as a flashcard and never quizzed; show it with a card "
                + "step, or choose a choice, truefalse, typein, cloze, order or match card");
        add("quizQuestions", "a quiz step asks 1 to {0} questions, not {1}");
        add("lessonsOtherPack", "the lessons were made for the pack \"{0}\"; they are checked against the open pack \"{1}\"");
    }

    private Messages() {
    }

    /** {@code words} are the arguments that hold English words rather than the file's text. */
    private static void add(String key, String template, Integer... words) {
        if (TEMPLATES.put(key, template) != null) {
            throw new IllegalStateException("template defined twice: " + key);
        }
        WORDS.put(key, Set.of(words));
    }

    /** Every key a problem can carry. */
    public static Set<String> keys() {
        return TEMPLATES.keySet();
    }

    /** The English template of {@code key}, in {@link MessageFormat} syntax. */
    public static String template(String key) {
        String t = TEMPLATES.get(key);
        if (t == null) {
            throw new IllegalArgumentException("no problem template " + key);
        }
        return t;
    }

    /**
     * The arguments of {@code key} that hold English words of the app's making, not text from the
     * file: what was found instead ("the string \"x\"", "an array") or kinds of item ("an event",
     * "event or person"). A translation may say them in its own words; the others are data.
     */
    public static Set<Integer> wordArguments(String key) {
        template(key);
        return WORDS.get(key);
    }

    /** The English text of {@code key} with its arguments. */
    public static String english(String key, List<String> args) {
        return new MessageFormat(template(key), Locale.ROOT).format(args.toArray());
    }

    /** A text by key with its arguments, or (with a null key) English that has no template yet. */
    public record Text(String key, List<String> args, String english) {
        public Text {
            args = args == null ? List.of() : List.copyOf(args);
        }

        /** The text of {@code key}; arguments are turned into strings ({@code "null"} for null). */
        public static Text of(String key, Object... args) {
            List<String> a = Arrays.stream(args).map(String::valueOf).toList();
            return new Text(key, a, Messages.english(key, a));
        }

        /** English with no key: the UI shows it as it is. */
        public static Text plain(String english) {
            return new Text(null, List.of(), english);
        }
    }
}
