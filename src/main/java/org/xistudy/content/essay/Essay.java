package org.xistudy.content.essay;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The essay text, split into its title, sections and paragraphs. Each block has a stable anchor
 * ({@code p7} for the seventh body paragraph) so that a quote can be shown where it stands.
 */
public final class Essay {

    /** What a block of the text is. */
    public enum Kind { TITLE, HEADING, PARAGRAPH, CAPTION, BACK_MATTER }

    /** A block of text. {@code number} counts paragraphs of the body (1, 2, 3…) and is 0 for others. */
    public record Block(String anchor, Kind kind, int number, String sectionId, String text) {
    }

    /** A section: the untitled opening, or the blocks under one heading. */
    public record Section(String id, String heading, List<Block> blocks) {
        /** The body paragraphs of the section. */
        public List<Block> paragraphs() {
            return blocks.stream().filter(b -> b.kind() == Kind.PARAGRAPH).toList();
        }
    }

    /** Where a quote stands: a block, and the character range within its text. */
    public record Passage(Block block, int start, int end) {
    }

    /** The id of the untitled section before the first heading. */
    public static final String OPENING = "opening";

    private final String title;
    private final List<Block> blocks;
    private final List<Section> sections;
    private final String normalizedSeed;
    /** Plain searches of the essay before {@link #contains} builds its index. */
    private static final int PLAIN_LOOKUPS = 500;
    private final AtomicInteger lookups = new AtomicInteger();
    private volatile SubstringIndex index;

    Essay(String title, List<Block> blocks, List<Section> sections, String normalizedSeed) {
        this.title = title;
        this.blocks = List.copyOf(blocks);
        this.sections = List.copyOf(sections);
        this.normalizedSeed = normalizedSeed;
    }

    public String title() {
        return title;
    }

    public List<Block> blocks() {
        return blocks;
    }

    public List<Section> sections() {
        return sections;
    }

    /** The section with the given id. */
    public Optional<Section> section(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The block with the given anchor. */
    public Optional<Block> block(String anchor) {
        return blocks.stream().filter(b -> b.anchor().equals(anchor)).findFirst();
    }

    /** Collapses every run of whitespace to one space and trims the ends. */
    public static String normalize(String s) {
        // By hand rather than with s.replaceAll("\\s+", " "): every quote of a pack passes here,
        // and that compiles the expression each time.
        if (isNormal(s)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean inRun = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isRegexSpace(c)) {
                out.append(c);
                inRun = false;
            } else if (!inRun) {
                out.append(' ');
                inRun = true;
            }
        }
        return out.toString().strip();
    }

    /** Whether {@link #normalize} would give the text back as it is, as most quotes are. */
    private static boolean isNormal(String s) {
        int n = s.length();
        if (n > 0 && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(n - 1)))) {
            return false;
        }
        // Searches for each character the JDK makes fast, rather than one loop over the text.
        return s.indexOf("  ") < 0 && s.indexOf('\n') < 0 && s.indexOf('\t') < 0 && s.indexOf('\r') < 0
                && s.indexOf('\f') < 0 && s.indexOf('\u000B') < 0;
    }

    /** Whether a regular expression's {@code \s} matches the character (space, tab, LF, VT, FF, CR). */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Whether {@code quote} occurs in the essay, comparing with whitespace normalised. */
    public boolean contains(String quote) {
        String q = normalize(quote);
        if (q.isEmpty()) {
            return false;
        }
        SubstringIndex index = this.index;
        if (index == null && lookups.incrementAndGet() > PLAIN_LOOKUPS) {
            index = index();
        }
        return index != null ? index.contains(q) : normalizedSeed.contains(q);
    }

    /**
     * Made once a pack has asked for more quotes than a small one has: building it costs about as
     * much as a few hundred plain searches of the essay, each later lookup far less than one.
     */
    private synchronized SubstringIndex index() {
        if (index == null) {
            index = SubstringIndex.of(normalizedSeed);
        }
        return index;
    }

    /**
     * Whether the quote would occur if typographic quotes, apostrophes and dashes were typed
     * plainly: used to explain a near miss to an author.
     */
    public boolean containsIgnoringTypography(String quote) {
        String q = plainTypography(normalize(quote));
        return !q.isEmpty() && plainTypography(normalizedSeed).contains(q);
    }

    static String plainTypography(String s) {
        return s.replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201C', '"').replace('\u201D', '"')
                .replace('\u2013', '-').replace('\u2014', '-').toLowerCase(Locale.ROOT);
    }

    /** Where the quote first stands, if it lies within one block. */
    public Optional<Passage> find(String quote) {
        String q = normalize(quote);
        if (q.isEmpty()) {
            return Optional.empty();
        }
        for (Block b : blocks) {
            int at = b.text().indexOf(q);
            if (at >= 0) {
                return Optional.of(new Passage(b, at, at + q.length()));
            }
        }
        return Optional.empty();
    }

    /** All the places the quote stands, in reading order. */
    public List<Passage> findAll(String quote) {
        String q = normalize(quote);
        if (q.isEmpty()) {
            return List.of();
        }
        List<Passage> out = new ArrayList<>();
        for (Block b : blocks) {
            int at = b.text().indexOf(q);
            while (at >= 0) {
                out.add(new Passage(b, at, at + q.length()));
                at = b.text().indexOf(q, at + 1);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Case-insensitive search for the reader: every place {@code query} occurs, in reading order.
     * Whitespace in the query matches one space.
     */
    public List<Passage> search(String query) {
        String q = normalize(query == null ? "" : query).toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return List.of();
        }
        List<Passage> out = new ArrayList<>();
        for (Block b : blocks) {
            String t = b.text().toLowerCase(Locale.ROOT);
            if (t.length() != b.text().length()) {
                continue; // lower-casing changed offsets; such text does not occur in this essay
            }
            int at = t.indexOf(q);
            while (at >= 0) {
                out.add(new Passage(b, at, at + q.length()));
                at = t.indexOf(q, at + q.length());
            }
        }
        return Collections.unmodifiableList(out);
    }
}
