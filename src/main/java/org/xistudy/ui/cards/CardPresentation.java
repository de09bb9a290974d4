package org.xistudy.ui.cards;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.xistudy.content.PackIndex;
import org.xistudy.content.model.Card;
import org.xistudy.content.model.CardType;
import org.xistudy.content.model.Cite;
import org.xistudy.content.model.MatchPair;
import org.xistudy.content.model.Note;
import org.xistudy.content.model.Reference;
import org.xistudy.study.answer.AnswerCheck;
import org.xistudy.study.cards.Shuffle;
import org.xistudy.study.fsrs.Rating;
import org.xistudy.study.progress.StudyItem;

/**
 * One study item as it is shown: the question side, the answer side, the user's attempt for
 * objective card types (the option chosen, true or false, the typed answer, the order clicked),
 * and everything shown after the flip (explanation, sources, links, reading notes). Built fresh
 * each time an item comes up; choices and orders are shuffled with a seed that changes between
 * reviews.
 */
public final class CardPresentation {

    /** A link to a pack item: its id, its kind (event, institution, person) and its name. */
    public record Link(String id, String kind, String label) {
    }

    /** A source: a quote from the essay, or an outside reference. */
    public record Source(String quote, String title, String detail, String url) {
        public boolean isQuote() {
            return quote != null;
        }
    }

    /** A reading note: its kind (imprecise, contested...), title, body and sources. */
    public record NoteView(String kind, String title, String body, List<Source> sources) {
    }

    private final StudyItem item;
    private final List<String> options;
    private final int correctOption;
    private final List<String> orderShown;
    private final List<Integer> orderPermutation;
    private final List<String> matchRights;
    private final List<Link> links;
    private final List<Source> sources;
    private final List<NoteView> notes;
    private final String section;

    private final ObjectProperty<Integer> chosen = new SimpleObjectProperty<>(this, "chosen");
    private final ObjectProperty<Boolean> chosenTrue = new SimpleObjectProperty<>(this, "chosenTrue");
    private final StringProperty typed = new SimpleStringProperty(this, "typed", "");
    private final ObservableList<Integer> orderPicks = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Boolean> correct = new ReadOnlyObjectWrapper<>(this, "correct");

    public CardPresentation(StudyItem item, PackIndex index, long seed) {
        this.item = item;
        Card c = item.card();
        if (c.type() == CardType.CHOICE) {
            List<Integer> p = Shuffle.permutation(c.options().size(), seed, false);
            options = Shuffle.apply(c.options(), p);
            correctOption = options.indexOf(c.answer());
        } else {
            options = List.of();
            correctOption = -1;
        }
        if (c.type() == CardType.ORDER) {
            orderPermutation = Shuffle.permutation(c.items().size(), seed, true);
            orderShown = Shuffle.apply(c.items(), orderPermutation);
        } else {
            orderPermutation = List.of();
            orderShown = List.of();
        }
        matchRights = c.type() == CardType.MATCH
                ? Shuffle.apply(c.pairs().stream().map(MatchPair::right).toList(),
                        Shuffle.permutation(c.pairs().size(), seed, true))
                : List.of();
        links = index == null ? List.of() : linksOf(c, index);
        sources = index == null ? List.of() : sourcesOf(c.cite(), index);
        notes = index == null ? List.of() : notesOf(c, index);
        section = index == null ? null : index.sectionOf(c).flatMap(id -> sectionTitle(index, id)).orElse(null);
    }

    private static java.util.Optional<String> sectionTitle(PackIndex index, String sectionId) {
        if (index.essay() == null) {
            return java.util.Optional.empty();
        }
        return index.essay().sections().stream().filter(s -> s.id().equals(sectionId)).map(s -> s.heading()).filter(java.util.Objects::nonNull).findFirst();
    }

    private static List<Link> linksOf(Card c, PackIndex index) {
        Set<String> ids = new LinkedHashSet<>();
        index.eventsOfCard(c.id()).forEach(e -> ids.add(e.id()));
        ids.addAll(c.institutions());
        ids.addAll(c.people());
        List<Link> out = new ArrayList<>();
        for (String id : ids) {
            index.kindOf(id).ifPresent(k -> out.add(new Link(id, k.name().toLowerCase(Locale.ROOT), index.label(id))));
        }
        return List.copyOf(out);
    }

    static List<Source> sourcesOf(List<Cite> cites, PackIndex index) {
        List<Source> out = new ArrayList<>();
        for (Cite cite : cites) {
            if (cite.isQuote()) {
                out.add(new Source(cite.quote(), null, null, null));
            } else {
                Reference r = index.reference(cite.ref()).orElse(null);
                out.add(new Source(null, r == null ? cite.ref() : r.title(), cite.detail(), r == null ? null : r.url()));
            }
        }
        return List.copyOf(out);
    }

    /** The notes about the card and about the items it links to, each once. */
    private static List<NoteView> notesOf(Card c, PackIndex index) {
        Set<Note> seen = new LinkedHashSet<>(index.notesAbout(c.id()));
        index.eventsOfCard(c.id()).forEach(e -> seen.addAll(index.notesAbout(e.id())));
        c.institutions().forEach(i -> seen.addAll(index.notesAbout(i)));
        c.people().forEach(p -> seen.addAll(index.notesAbout(p)));
        List<NoteView> out = new ArrayList<>();
        for (Note n : seen) {
            out.add(new NoteView(n.kind().jsonName(), n.title(), n.body(), sourcesOf(n.cite(), index)));
        }
        return List.copyOf(out);
    }

    public StudyItem item() {
        return item;
    }

    public Card card() {
        return item.card();
    }

    public CardType type() {
        return item.card().type();
    }

    /** Whether this is the back-to-front direction of a reversed card. */
    public boolean reverse() {
        return item.reverse();
    }

    /** The question, as plain text (for basic and reversed, the side asked). */
    public String prompt() {
        Card c = card();
        switch (c.type()) {
            case BASIC:
                return c.front();
            case REVERSED:
                return reverse() ? c.back() : c.front();
            case CLOZE:
                return c.clozeText(c.clozeHint() == null ? "[\u2026]" : "[" + c.clozeHint() + "]");
            case CHOICE:
            case TYPEIN:
                return c.question();
            case TRUEFALSE:
                return c.statement();
            default:
                return c.prompt();
        }
    }

    /** The answer, as plain text. For true/false cards the UI words it; this is "true" or "false". */
    public String answer() {
        Card c = card();
        switch (c.type()) {
            case BASIC:
                return c.back();
            case REVERSED:
                return reverse() ? c.front() : c.back();
            case CLOZE:
                return c.clozeAnswer();
            case TRUEFALSE:
                return Boolean.toString(c.isTrue());
            case ORDER:
                return String.join(" \u2192 ", c.items());
            case MATCH:
                return String.join("; ", c.pairs().stream().map(p -> p.left() + " \u2014 " + p.right()).toList());
            default:
                return c.answer();
        }
    }

    /** For a cloze card: the text before the hidden span, the span, and the text after. */
    public List<String> clozeParts() {
        Card c = card();
        java.util.regex.Matcher m = Card.CLOZE.matcher(c.text() == null ? "" : c.text());
        if (!m.find()) {
            return List.of(c.text() == null ? "" : c.text(), "", "");
        }
        return List.of(c.text().substring(0, m.start()), m.group(1), c.text().substring(m.end()));
    }

    /** For a cloze card: the hint shown in place of the span, or null. */
    public String clozeHint() {
        return card().clozeHint();
    }

    /** For a choice card: the options in the order shown. */
    public List<String> options() {
        return options;
    }

    public int correctOption() {
        return correctOption;
    }

    /** For an order card: the items as shown (never already in order). */
    public List<String> orderShown() {
        return orderShown;
    }

    /** For an order card: the items in the right order. */
    public List<String> orderCorrect() {
        return card().items();
    }

    /** For a match card: the left side, in pack order. */
    public List<String> matchLefts() {
        return card().pairs().stream().map(MatchPair::left).toList();
    }

    /** For a match card: the right side, shuffled. */
    public List<String> matchRights() {
        return matchRights;
    }

    public List<Link> links() {
        return links;
    }

    public List<Source> sources() {
        return sources;
    }

    public List<NoteView> notes() {
        return notes;
    }

    /** The essay section the card belongs to, or null. */
    public String section() {
        return section;
    }

    public String explanation() {
        return card().explanation();
    }

    /** For a choice card: the index of the option the user picked, or null. */
    public ObjectProperty<Integer> chosenProperty() {
        return chosen;
    }

    /** For a true/false card: what the user answered, or null. */
    public ObjectProperty<Boolean> chosenTrueProperty() {
        return chosenTrue;
    }

    /** For a type-in card: what the user typed. */
    public StringProperty typedProperty() {
        return typed;
    }

    /** For an order card: indexes into {@link #orderShown()} in the order the user clicked them. */
    public ObservableList<Integer> orderPicks() {
        return orderPicks;
    }

    /** Adds an item to the user's order, or removes it (and those after it) if already picked. */
    public void pickOrder(int shownIndex) {
        int at = orderPicks.indexOf(shownIndex);
        if (at >= 0) {
            orderPicks.remove(at, orderPicks.size());
        } else if (shownIndex >= 0 && shownIndex < orderShown.size()) {
            orderPicks.add(shownIndex);
        }
    }

    /**
     * Whether the user's attempt was right: set when the card is turned over; null where the
     * user grades themselves (basic, reversed, cloze, match, or no attempt made).
     */
    public ReadOnlyObjectProperty<Boolean> correctProperty() {
        return correct.getReadOnlyProperty();
    }

    public Boolean isCorrect() {
        return correct.get();
    }

    /** Judges the attempt; called when the card is turned over. */
    void evaluate() {
        Card c = card();
        switch (c.type()) {
            case CHOICE:
                correct.set(chosen.get() == null ? null : chosen.get() == correctOption);
                break;
            case TRUEFALSE:
                correct.set(chosenTrue.get() == null ? null : chosenTrue.get() == c.isTrue());
                break;
            case TYPEIN:
                boolean blank = typed.get() == null || typed.get().isBlank();
                correct.set(blank ? null : AnswerCheck.matches(typed.get(), c.answer(), c.accept()));
                break;
            case ORDER:
                if (orderPicks.size() != orderShown.size()) {
                    correct.set(null);
                } else {
                    boolean ok = true;
                    for (int i = 0; i < orderPicks.size(); i++) {
                        ok &= orderPermutation.get(orderPicks.get(i)) == i;
                    }
                    correct.set(ok);
                }
                break;
            default:
                correct.set(null);
        }
    }

    /** The grade Space or Enter gives after the flip: Again for a wrong attempt, else Good. */
    public Rating suggestedRating() {
        return Boolean.FALSE.equals(correct.get()) ? Rating.AGAIN : Rating.GOOD;
    }
}
