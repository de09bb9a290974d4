package org.xistudy.study.print;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xistudy.content.PackIndex;
import org.xistudy.content.PartialDate;
import org.xistudy.content.Quotations;
import org.xistudy.content.essay.Essay;
import org.xistudy.content.model.Cite;
import org.xistudy.content.model.Event;
import org.xistudy.content.model.Institution;
import org.xistudy.content.model.Note;
import org.xistudy.content.model.Pack;
import org.xistudy.content.model.Person;
import org.xistudy.content.model.Reference;

/**
 * The study guide: the essay with its paragraph numbers and each reading note beside the passage
 * it quotes, then the timeline's events as a table, the institutions and people with their
 * Chinese names and pinyin, and the references.
 */
final class StudyGuide {
    static final TextStyle TITLE = new TextStyle(Face.BOLD, 20);
    static final TextStyle SUBTITLE = new TextStyle(Face.ITALIC, 12, Rgb.GREY);
    static final TextStyle H1 = new TextStyle(Face.BOLD, 15);
    static final TextStyle H2 = new TextStyle(Face.BOLD, 11.5f);
    static final TextStyle BODY = new TextStyle(Face.REGULAR, 10);
    static final TextStyle SMALL = new TextStyle(Face.REGULAR, 8.5f);
    static final TextStyle NOTE = new TextStyle(Face.REGULAR, 8);
    static final TextStyle CELL = new TextStyle(Face.REGULAR, 8.5f);
    static final TextStyle CELL_HEAD = new TextStyle(Face.BOLD, 8.5f);

    private static final float GUTTER = 20;
    private static final float COLUMN_GAP = 14;
    private static final float TEXT_SHARE = 0.63f;

    private final PackIndex index;
    private final HandoutOptions options;
    private final PageWriter pages;

    private StudyGuide(PackIndex index, HandoutOptions options, PageWriter pages) {
        this.index = index;
        this.options = options;
        this.pages = pages;
    }

    static byte[] write(PackIndex index, HandoutOptions options) throws IOException {
        try (HandoutDocument doc = new HandoutDocument(options, options.paper().portrait())) {
            new StudyGuide(index, options, doc.pages()).write();
            Pack p = index.pack();
            return doc.finish(p.title(), options.text("print.guide.name"), p.source() == null ? null : p.source().author());
        }
    }

    private void write() throws IOException {
        titleBlock();
        essay();
        argument();
        timeline();
        institutions();
        people();
        references();
    }

    private String t(String key, Object... args) {
        return options.text(key, args);
    }

    private void heading(String text, TextStyle style, float before) throws IOException {
        if (!pages.atTop()) {
            pages.space(before);
        }
        TextLayout.Block b = pages.layout(Span.of(text, style), pages.width());
        // a heading never stands alone at the foot of a page
        pages.ensure(b.height() + 4 * BODY.leading());
        pages.lines(b.lines(), pages.left());
        pages.space(style.size() * 0.35f);
    }

    private void titleBlock() throws IOException {
        Pack p = index.pack();
        pages.content();
        pages.paragraph(Span.of(t("print.guide.name"), SUBTITLE), pages.left(), pages.width());
        pages.paragraph(Span.of(p.title(), TITLE), pages.left(), pages.width());
        if (p.subtitle() != null && !p.subtitle().isBlank()) {
            pages.paragraph(Span.of(p.subtitle(), SUBTITLE), pages.left(), pages.width());
        }
        pages.space(6);
        if (p.source() != null) {
            var s = p.source();
            List<Span> by = new ArrayList<>();
            by.add(new Span(s.author() + ", ", BODY));
            by.add(new Span(Quotations.display(s.title()), BODY.withFace(Face.ITALIC)));
            String rest = join(", ", s.publisher(), s.date() == null ? null : s.date().display(options.locale()));
            if (!rest.isEmpty()) {
                by.add(new Span(", " + rest + ".", BODY));
            }
            pages.paragraph(by, pages.left(), pages.width());
            if (s.url() != null && !s.url().isBlank()) {
                pages.paragraph(Span.of(s.url(), SMALL.withColor(Rgb.GREY)), pages.left(), pages.width());
            }
        }
        pages.space(8);
        pages.paragraph(Span.of(t("print.guide.intro"), SMALL.withFace(Face.ITALIC)), pages.left(), pages.width());
        pages.space(6);
        pages.rule(pages.left(), pages.right(), 0.6f, Rgb.RULE);
    }

    // ---- the essay with its notes --------------------------------------------------------------

    /** Which essay block a note stands beside: the block of its first quote that is found. */
    private Map<String, List<Note>> notesByBlock(List<Note> elsewhere) {
        Map<String, List<Note>> out = new LinkedHashMap<>();
        for (Note n : index.pack().notes()) {
            Optional<Essay.Passage> at = Optional.empty();
            for (Cite c : n.cite()) {
                at = index.passage(c);
                if (at.isPresent()) {
                    break;
                }
            }
            if (at.isPresent()) {
                out.computeIfAbsent(at.get().block().anchor(), k -> new ArrayList<>()).add(n);
            } else {
                elsewhere.add(n);
            }
        }
        return out;
    }

    /** Where a paragraph with notes started: its page and the top of its first line. */
    private record Anchor(int page, float y, List<Note> notes) {
    }

    private void essay() throws IOException {
        Essay essay = index.essay();
        List<Note> elsewhere = new ArrayList<>();
        Map<String, List<Note>> notes = essay == null ? Map.of() : notesByBlock(elsewhere);
        if (essay == null) {
            elsewhere.addAll(index.pack().notes());
        } else {
            heading(t("print.guide.essay"), H1, 14);
            float textX = pages.left() + GUTTER;
            float textWidth = (pages.width() - GUTTER - COLUMN_GAP) * TEXT_SHARE;
            float noteX = textX + textWidth + COLUMN_GAP;
            List<Anchor> anchors = new ArrayList<>();
            for (Essay.Section section : essay.sections()) {
                if (section.heading() != null && !section.heading().isBlank()) {
                    heading(section.heading(), H2, 10);
                }
                for (Essay.Block b : section.blocks()) {
                    if (b.kind() == Essay.Kind.PARAGRAPH || b.kind() == Essay.Kind.CAPTION
                            || b.kind() == Essay.Kind.BACK_MATTER) {
                        List<Note> about = notes.getOrDefault(b.anchor(), List.of());
                        Anchor a = block(b, about, textX, textWidth);
                        if (!about.isEmpty()) {
                            anchors.add(a);
                        }
                    }
                }
            }
            margin(anchors, noteX, pages.right() - noteX);
        }
        if (!elsewhere.isEmpty()) {
            heading(t("print.guide.otherNotes"), H2, 12);
            for (Note n : elsewhere) {
                TextLayout.Block b = pages.layout(noteSpans(n, BODY.size() - 0.5f), pages.width());
                pages.ensure(Math.min(b.height(), 6 * BODY.leading()));
                pages.lines(b.lines(), pages.left());
                pages.space(6);
            }
        }
    }

    /** One paragraph (or caption) with its number in the gutter; returns where it started. */
    private Anchor block(Essay.Block b, List<Note> notes, float textX, float textWidth) throws IOException {
        TextStyle style = b.kind() == Essay.Kind.PARAGRAPH ? BODY : SMALL.withFace(Face.ITALIC).withColor(Rgb.GREY);
        TextLayout.Block para = pages.layout(highlighted(b, notes, style), textWidth);
        // keep at least three lines of a paragraph together
        pages.ensure(Math.min(para.height(), 3 * style.leading()));
        Anchor at = new Anchor(pages.pageCount() - 1, pages.y(), notes);
        List<PageWriter.Column> cols = new ArrayList<>();
        if (b.number() > 0) {
            TextStyle num = new TextStyle(Face.BOLD, 8.5f, Rgb.GREY);
            cols.add(new PageWriter.Column(pages.left(), pages.layout(Span.of(Integer.toString(b.number()), num),
                    GUTTER).lines()));
        }
        cols.add(new PageWriter.Column(textX, para.lines()));
        pages.columns(cols);
        pages.space(style.size() * 0.6f);
        return at;
    }

    /**
     * The notes in the margin, each beside its paragraph or, when the notes before it are long,
     * as soon after as there is room; notes that run past the essay's last line continue on new
     * pages, and what follows starts below them.
     */
    private void margin(List<Anchor> anchors, float x, float width) throws IOException {
        // below the essay's last line the notes may take the whole width
        int textPage = pages.pageCount() - 1;
        float textEnd = pages.y();
        int page = -1;
        float y = 0;
        for (Anchor a : anchors) {
            if (a.page() > page) {
                page = a.page();
                y = a.y();
            } else if (a.page() == page) {
                y = Math.min(y, a.y());
            }
            for (Note n : a.notes()) {
                if (y < pages.top() - 0.01f) {
                    y -= 7;
                }
                boolean wide = page > textPage || page == textPage && y <= textEnd;
                List<TextLayout.Line> lines = noteLines(n, wide ? pages.width() : width);
                if (y - height(lines) < pages.bottom() && y < pages.top() - 0.01f
                        && height(lines) <= pages.top() - pages.bottom()) {
                    // a note is never split over two pages: it moves to the top of the next one
                    page++;
                    y = pages.top();
                    if (page >= pages.pageCount()) {
                        pages.newPage();
                    }
                    if (!wide && page > textPage) {
                        wide = true; // past the essay's last line the note takes the whole width
                        lines = noteLines(n, pages.width());
                    }
                }
                for (TextLayout.Line l : lines) {
                    if (y - l.leading() < pages.bottom()) {
                        page++;
                        y = pages.top();
                        if (page >= pages.pageCount()) {
                            pages.newPage();
                        }
                    }
                    pages.drawLine(pages.contentOf(page), l, wide ? pages.left() : x, y);
                    y -= l.leading();
                }
            }
        }
        if (page == pages.pageCount() - 1) {
            pages.moveTo(Math.min(pages.y(), y));
        }
    }

    private List<TextLayout.Line> noteLines(Note n, float width) {
        return pages.layout(noteSpans(n, NOTE.size()), width).lines();
    }

    private static float height(List<TextLayout.Line> lines) {
        float h = 0;
        for (TextLayout.Line l : lines) {
            h += l.leading();
        }
        return h;
    }

    /** The paragraph's text, with the passages its notes quote in the accent colour. */
    private List<Span> highlighted(Essay.Block b, List<Note> notes, TextStyle style) {
        String text = b.text();
        boolean[] marked = new boolean[text.length()];
        for (Note n : notes) {
            for (Cite c : n.cite()) {
                index.passage(c).filter(p -> p.block().anchor().equals(b.anchor())).ifPresent(p -> {
                    for (int i = p.start(); i < p.end() && i < marked.length; i++) {
                        marked[i] = true;
                    }
                });
            }
        }
        List<Span> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int j = i;
            while (j < text.length() && marked[j] == marked[i]) {
                j++;
            }
            out.add(new Span(text.substring(i, j), marked[i] ? style.withColor(Rgb.ACCENT) : style));
            i = j;
        }
        return out;
    }

    private List<Span> noteSpans(Note n, float size) {
        TextStyle body = new TextStyle(Face.REGULAR, size);
        List<Span> out = new ArrayList<>();
        out.add(new Span(t("print.note.kind." + n.kind().jsonName()).toUpperCase(options.locale()) + "\n",
                new TextStyle(Face.BOLD, size - 1, Rgb.ACCENT)));
        out.add(new Span(n.title() + "\n", body.withFace(Face.BOLD)));
        out.add(new Span(n.body(), body));
        List<String> sources = new ArrayList<>();
        for (Cite c : n.cite()) {
            if (!c.isQuote() && c.ref() != null) {
                index.reference(c.ref()).ifPresent(r -> sources.add(r.title()
                        + (r.publisher() == null ? "" : " (" + r.publisher() + ")")));
            }
        }
        if (!sources.isEmpty()) {
            out.add(new Span("\n" + t("print.note.sources", String.join("; ", sources)),
                    body.withFace(Face.ITALIC).withColor(Rgb.GREY)));
        }
        return out;
    }

    // ---- tables --------------------------------------------------------------------------------

    private static List<Span> cell(String text, TextStyle style) {
        return Span.of(text == null ? "" : text, style);
    }

    private List<List<Span>> headings(String... keys) {
        List<List<Span>> out = new ArrayList<>();
        for (String k : keys) {
            out.add(cell(t(k), CELL_HEAD));
        }
        return out;
    }

    private String date(PartialDate d) {
        return d == null ? "" : d.display(options.locale());
    }

    private String eventDate(Event e) {
        String d = e.approx() ? t("print.date.approx", date(e.date())) : date(e.date());
        return e.isRange() ? t("print.date.range", d, date(e.end())) : d;
    }

    /** The essay's argument as a map, when the pack has one. */
    private void argument() throws IOException {
        if (index.claims().isEmpty()) {
            return;
        }
        heading(t("print.guide.argument"), H1, 18);
        pages.paragraph(Span.of(t("print.guide.argument.intro"), SMALL), pages.left(), pages.width());
        pages.space(6);
        ArgumentDrawing.write(index, options, pages);
    }

    private void timeline() throws IOException {
        heading(t("print.guide.timeline"), H1, 18);
        List<List<List<Span>>> rows = new ArrayList<>();
        for (Event e : index.eventsInTime()) {
            List<Span> what = new ArrayList<>();
            what.add(new Span(e.title(), CELL.withFace(Face.BOLD)));
            index.lane(e.lane()).ifPresent(l -> what.add(new Span("\n" + l.title(),
                    new TextStyle(Face.ITALIC, 7.5f, Rgb.GREY))));
            String quote = index.firstQuote(e).map(c -> Quotations.display(c.quote())).orElse(t("print.none"));
            rows.add(List.of(cell(eventDate(e), CELL), what, cell(quote, CELL.withFace(Face.ITALIC))));
        }
        new Table(pages, new float[] {0.9f, 2.2f, 3.4f},
                headings("print.guide.timeline.date", "print.guide.timeline.event", "print.guide.timeline.words"))
                .write(rows);
    }

    private void institutions() throws IOException {
        heading(t("print.guide.institutions"), H1, 18);
        List<List<List<Span>>> rows = new ArrayList<>();
        for (Institution i : index.pack().institutions()) {
            List<Span> name = new ArrayList<>();
            name.add(new Span(i.name(), CELL.withFace(Face.BOLD)));
            if (i.abbrev() != null && !i.abbrev().isBlank()) {
                name.add(new Span(" (" + i.abbrev() + ")", CELL));
            }
            String years = i.established() == null ? "" : i.dissolved() == null
                    ? t("print.years.open", Integer.toString(i.established().year()))
                    : t("print.years.range", Integer.toString(i.established().year()),
                            Integer.toString(i.dissolved().year()));
            rows.add(List.of(name, cell(i.zh(), CELL), cell(i.pinyin(), CELL.withFace(Face.ITALIC)), cell(years, CELL)));
        }
        new Table(pages, new float[] {2.6f, 2.0f, 2.6f, 0.9f}, headings("print.guide.institutions.name",
                "print.guide.chinese", "print.guide.pinyin", "print.guide.institutions.years")).write(rows);
    }

    private void people() throws IOException {
        if (index.pack().people().isEmpty()) {
            return;
        }
        heading(t("print.guide.people"), H1, 18);
        List<List<List<Span>>> rows = new ArrayList<>();
        for (Person p : index.pack().people()) {
            rows.add(List.of(cell(p.name(), CELL.withFace(Face.BOLD)), cell(p.zh(), CELL),
                    cell(p.pinyin(), CELL.withFace(Face.ITALIC))));
        }
        new Table(pages, new float[] {2.2f, 1.4f, 2.2f}, headings("print.guide.people.name", "print.guide.chinese",
                "print.guide.pinyin")).write(rows);
    }

    private void references() throws IOException {
        heading(t("print.guide.references"), H1, 18);
        int n = 0;
        for (Reference r : index.pack().references()) {
            n++;
            List<Span> s = new ArrayList<>();
            s.add(new Span(n + ". ", SMALL.withFace(Face.BOLD)));
            if (r.author() != null && !r.author().isBlank()) {
                s.add(new Span(r.author() + ". ", SMALL));
            }
            s.add(new Span(r.title(), SMALL.withFace(Face.ITALIC)));
            String rest = join(", ", r.publisher(), date(r.date()));
            s.add(new Span(rest.isEmpty() ? "." : ". " + rest + ".", SMALL));
            if (r.url() != null && !r.url().isBlank()) {
                s.add(new Span(" " + r.url(), SMALL.withColor(Rgb.GREY)));
            }
            TextLayout.Block b = pages.layout(s, pages.width() - 14);
            pages.ensure(b.height());
            pages.lines(b.lines(), pages.left());
            pages.space(2.5f);
        }
    }

    private static String join(String sep, String... parts) {
        List<String> kept = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                kept.add(p.strip());
            }
        }
        return String.join(sep, kept);
    }
}
