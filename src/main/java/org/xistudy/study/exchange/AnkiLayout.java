package org.xistudy.study.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.xistudy.content.PackIndex;
import org.xistudy.content.Quotations;
import org.xistudy.content.essay.Essay;
import org.xistudy.content.model.Card;
import org.xistudy.content.model.Cite;
import org.xistudy.content.model.MatchPair;
import org.xistudy.content.model.Reference;
import org.xistudy.content.model.Source;
import org.xistudy.study.cards.Shuffle;

/**
 * Lays a study card out as an Anki note: which note type, the fields as HTML, the tags and the
 * deck. Choice, true/false, order and match cards become Basic notes whose front lays out the
 * options, items or pairs and whose back holds the answer; the elements carry {@code xi-} classes,
 * so that {@link AnkiToPack} can read them back into the same kind of card.
 */
final class AnkiLayout {
    /** The prefix of the tag that names a card's essay section. */
    static final String SECTION_TAG = "section::";
    /** What a GUID of this app looks like: the pack id and the card id. */
    static final String GUID_SEPARATOR = "/";
    private static final String OPENING = "Opening";

    /** One note to write: its note type, fields for the package and for the text file, tags and deck. */
    record Note(AnkiNoteType type, String guid, List<String> fields, List<String> textFields, List<String> tags,
            String deck) {
    }

    private final PackIndex index;
    private final String deckRoot;

    AnkiLayout(PackIndex index) {
        this.index = index;
        this.deckRoot = deckPart(index.pack().title());
    }

    /** The pack's top deck. */
    String deckRoot() {
        return deckRoot;
    }

    static String guid(String packId, String cardId) {
        return packId + GUID_SEPARATOR + cardId;
    }

    Note note(Card card) {
        String explanation = Html.escape(card.explanation());
        String source = source(card);
        String front;
        String back;
        AnkiNoteType type;
        List<String> fields;
        List<String> text;
        switch (card.type()) {
            case REVERSED:
                type = AnkiNoteType.REVERSED;
                front = Html.escape(card.front());
                back = Html.escape(card.back());
                fields = List.of(front, back, explanation, source);
                // The back is the question of the second card: nothing else may stand in it.
                text = List.of(front, back);
                break;
            case CLOZE:
                type = AnkiNoteType.CLOZE;
                String cloze = cloze(card);
                fields = List.of(cloze, explanation, source);
                text = List.of(cloze, extras(explanation, source));
                break;
            case TYPEIN:
                type = AnkiNoteType.TYPEIN;
                front = Html.escape(card.question());
                back = Html.escape(card.answer());
                String also = String.join("<br>", card.accept().stream().map(Html::escape).toList());
                fields = List.of(front, back, also, explanation, source);
                // Anki compares the typed answer with the whole back field, so it holds the answer alone.
                text = List.of(front, back);
                break;
            default:
                type = AnkiNoteType.BASIC;
                front = front(card);
                back = back(card);
                fields = List.of(front, back, explanation, source);
                text = List.of(front, joined(back, extras(explanation, source)));
                break;
        }
        return new Note(type, guid(index.pack().id(), card.id()), fields, text, tags(card), deck(card));
    }

    /** The explanation and the source, each in its element, for the text file's second field. */
    private static String extras(String explanation, String source) {
        return joined(explanation.isEmpty() ? "" : div("xi-explanation", explanation),
                source.isEmpty() ? "" : div("xi-source", source));
    }

    private static String joined(String a, String b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() ? a : a + "<br>\n" + b;
    }

    /** The front of a Basic note, with the options, items or pairs laid out. */
    private static String front(Card c) {
        switch (c.type()) {
            case CHOICE: {
                StringBuilder sb = new StringBuilder(div("xi-question", Html.escape(c.question())));
                sb.append("\n<ol class=\"xi-options\" type=\"A\">");
                c.options().forEach(o -> sb.append("<li>").append(Html.escape(o)).append("</li>"));
                return sb.append("</ol>").toString();
            }
            case TRUEFALSE:
                return div("xi-statement", Html.escape(c.statement())) + "\n" + div("xi-ask", "True or false?");
            case ORDER: {
                StringBuilder sb = new StringBuilder(div("xi-prompt", Html.escape(c.prompt())));
                sb.append("\n").append(div("xi-ask", "Put these in order:")).append("\n<ul class=\"xi-items\">");
                Shuffle.apply(c.items(), Shuffle.permutation(c.items().size(), seed(c), true))
                        .forEach(i -> sb.append("<li>").append(Html.escape(i)).append("</li>"));
                return sb.append("</ul>").toString();
            }
            case MATCH: {
                StringBuilder sb = new StringBuilder(div("xi-prompt", Html.escape(c.prompt())));
                sb.append("\n").append(div("xi-ask", "Match each on the left with one on the right:"))
                        .append("\n<table class=\"xi-match\">");
                List<String> rights = Shuffle.apply(c.pairs().stream().map(MatchPair::right).toList(),
                        Shuffle.permutation(c.pairs().size(), seed(c), true));
                for (int i = 0; i < c.pairs().size(); i++) {
                    sb.append("<tr><td>").append(i + 1).append(". ").append(Html.escape(c.pairs().get(i).left()))
                            .append("</td><td>").append((char) ('A' + i)).append(". ").append(Html.escape(rights.get(i)))
                            .append("</td></tr>");
                }
                return sb.append("</table>").toString();
            }
            default:
                return Html.escape(c.front());
        }
    }

    /** The back of a Basic note: the answer. */
    private static String back(Card c) {
        switch (c.type()) {
            case CHOICE:
                int at = c.options().indexOf(c.answer());
                return div("xi-answer", (at >= 0 ? (char) ('A' + at) + ". " : "") + Html.escape(c.answer()));
            case TRUEFALSE:
                return div("xi-answer", c.isTrue() ? "True" : "False");
            case ORDER: {
                StringBuilder sb = new StringBuilder("<ol class=\"xi-order\">");
                c.items().forEach(i -> sb.append("<li>").append(Html.escape(i)).append("</li>"));
                return sb.append("</ol>").toString();
            }
            case MATCH: {
                StringBuilder sb = new StringBuilder("<table class=\"xi-pairs\">");
                c.pairs().forEach(p -> sb.append("<tr><td>").append(Html.escape(p.left())).append("</td><td>")
                        .append(Html.escape(p.right())).append("</td></tr>"));
                return sb.append("</table>").toString();
            }
            default:
                return Html.escape(c.back());
        }
    }

    private static long seed(Card c) {
        return Ids.number("layout: " + c.id(), 0);
    }

    private static String div(String cls, String html) {
        return "<div class=\"" + cls + "\">" + html + "</div>";
    }

    /** The cloze text in Anki's syntax: {@code {{c1::answer}}} or {@code {{c1::answer::hint}}}. */
    static String cloze(Card c) {
        String text = c.text();
        Matcher m = Card.CLOZE.matcher(text);
        if (!m.find()) {
            return Html.escape(text);
        }
        String hint = m.group(2) == null ? "" : "::" + Html.escape(m.group(2));
        return Html.escape(text.substring(0, m.start())) + "{{c1::" + Html.escape(m.group(1)) + hint + "}}"
                + Html.escape(text.substring(m.end()));
    }

    /** The card's evidence: the essay's words with the essay named, or each reference. */
    String source(Card card) {
        List<String> parts = new ArrayList<>();
        boolean quoted = false;
        for (Cite c : card.cite()) {
            if (c.isQuote()) {
                parts.add("<blockquote class=\"xi-quote\">" + Html.escape(Quotations.display(c.quote())) + "</blockquote>");
                quoted = true;
            } else {
                index.reference(c.ref()).ifPresent(r -> parts.add(reference(r, c.detail())));
            }
        }
        if (quoted) {
            parts.add(essay(index.pack().source()));
        }
        return String.join("\n", parts);
    }

    private static String essay(Source s) {
        StringBuilder sb = new StringBuilder("<div class=\"xi-essay\">");
        if (s.author() != null) {
            sb.append(Html.escape(s.author())).append(", ");
        }
        sb.append("<i>").append(Html.escape(s.title())).append("</i>");
        if (s.publisher() != null) {
            sb.append(", ").append(Html.escape(s.publisher()));
        }
        if (s.date() != null) {
            sb.append(", ").append(EnglishDates.of(s.date()));
        }
        if (s.url() != null) {
            sb.append(". ").append(link(s.url(), s.url()));
        }
        return sb.append("</div>").toString();
    }

    static String reference(Reference r, String detail) {
        StringBuilder sb = new StringBuilder("<div class=\"xi-ref\">");
        sb.append(r.url() != null ? link(r.url(), r.title()) : Html.escape(r.title()));
        if (r.author() != null) {
            sb.append(". ").append(Html.escape(r.author()));
        }
        sb.append(". ").append(Html.escape(r.publisher()));
        if (r.date() != null) {
            sb.append(", ").append(EnglishDates.of(r.date()));
        }
        sb.append('.');
        if (detail != null) {
            sb.append(' ').append(Html.escape(detail));
        }
        return sb.append("</div>").toString();
    }

    static String link(String url, String text) {
        return "<a href=\"" + Html.escape(url) + "\">" + Html.escape(text) + "</a>";
    }

    /** The card's tags (spaces made underscores, as Anki's tags have none) and its section's. */
    List<String> tags(Card card) {
        List<String> tags = new ArrayList<>();
        for (String t : card.tags()) {
            String clean = t.strip().replaceAll("\\s+", "_");
            if (!clean.isEmpty() && !tags.contains(clean)) {
                tags.add(clean);
            }
        }
        section(card).ifPresent(h -> {
            String slug = Ids.slug(h);
            if (!slug.isEmpty()) {
                tags.add(SECTION_TAG + slug);
            }
        });
        return tags;
    }

    /** The pack's deck, or the subdeck of the card's essay section. */
    String deck(Card card) {
        return section(card).map(h -> deckRoot + "::" + deckPart(h)).orElse(deckRoot);
    }

    private Optional<String> section(Card card) {
        Essay essay = index.essay();
        if (essay == null) {
            return Optional.empty();
        }
        return index.sectionOf(card).flatMap(essay::section)
                .map(s -> s.heading() == null || s.heading().isBlank() ? OPENING : s.heading());
    }

    /** One part of a deck name: no "::" inside it, no surrounding spaces, never empty. */
    static String deckPart(String name) {
        String s = name == null ? "" : name.replace("::", ":").replaceAll("\\s+", " ").strip();
        return s.isEmpty() ? "Deck" : s;
    }
}
