package org.xistudy.study.quiz;

import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.xistudy.content.CardText;
import org.xistudy.content.PackIndex;
import org.xistudy.content.model.Card;
import org.xistudy.content.model.Cite;
import org.xistudy.content.model.Cited;
import org.xistudy.content.model.Event;
import org.xistudy.study.answer.AnswerCheck;

/**
 * What every question source shares: the pack, its last year, and the making of a question's
 * evidence, section, tags and linked cards; the shuffles of orders and matches; year options.
 */
final class QuestionKit {
    /** At most this many cards per item, and per question, go to study for a miss. */
    static final int CARDS_PER_ITEM = 2;
    static final int CARDS_PER_QUESTION = 5;

    private final PackIndex index;
    private final int lastYear;
    private final Map<String, Optional<String>> sectionOfQuote = new HashMap<>();

    QuestionKit(PackIndex index) {
        this.index = index;
        int last = Integer.MIN_VALUE;
        for (Event e : index.pack().events()) {
            last = Math.max(last, (e.end() != null ? e.end() : e.date()).year());
        }
        var source = index.pack().source();
        if (source != null && source.date() != null) {
            last = Math.max(last, source.date().year());
        }
        this.lastYear = last == Integer.MIN_VALUE ? Year.now().getValue() : last;
    }

    PackIndex index() {
        return index;
    }

    /** The last year the pack speaks of: relations that have not ended are taken to hold until then. */
    int lastYear() {
        return lastYear;
    }

    /** Whether a name or title gives a year or date away (and so cannot be asked about in time). */
    static boolean datesItself(String text) {
        return CardText.mentionsDate(text);
    }

    /** A generated question: its evidence, section, tags and linked cards come from the items. */
    Question question(String id, QuestionFormat format, Phrase prompt, Question.Body body,
            List<Phrase> explanation, List<? extends Cited> evidence, List<String> items) {
        return question(id, format, prompt, body, explanation, evidence, items, false);
    }

    /** As above; with {@code pairs}, the items are (body, person) pairs of who led what. */
    Question question(String id, QuestionFormat format, Phrase prompt, Question.Body body,
            List<Phrase> explanation, List<? extends Cited> evidence, List<String> items, boolean pairs) {
        Cite cite = null;
        for (Cited c : evidence) {
            Optional<Cite> q = index.firstQuote(c);
            if (q.isPresent()) {
                cite = q.get();
                break;
            }
        }
        if (cite == null) {
            cite = evidence.stream().flatMap(c -> c.cite().stream()).findFirst().orElse(null);
        }
        String section = sectionOf(cite);
        List<String> cards = relatedCards(items, pairs);
        Set<String> tags = new TreeSet<>();
        cards.forEach(c -> index.card(c).ifPresent(card -> tags.addAll(card.tags())));
        return new Question(id, format, prompt, body, explanation, cite, section, List.copyOf(tags), items, cards, null);
    }

    /** The essay section a quote stands in; looked up once per quote. */
    String sectionOf(Cite cite) {
        if (cite == null || !cite.isQuote()) {
            return null;
        }
        return sectionOfQuote.computeIfAbsent(cite.quote(),
                q -> index.passage(cite).map(p -> p.block().sectionId())).orElse(null);
    }

    /**
     * The study cards linked to the items a question asks about, the most specific first (a card
     * about this item alone before a card about many), a few per item, so that one missed
     * question does not flood the study queue. For questions about who led a body, items come in
     * (body, person) pairs, and a card that names both is preferred; otherwise the body's cards.
     */
    List<String> relatedCards(List<String> items, boolean pairs) {
        Set<String> out = new LinkedHashSet<>();
        if (pairs) {
            for (int i = 0; i + 1 < items.size(); i += 2) {
                String a = items.get(i);
                String b = items.get(i + 1);
                List<String> cb = cardsOf(b);
                List<String> both = cardsOf(a).stream().filter(cb::contains).toList();
                String body = index.institution(a).isPresent() ? a : b;
                out.addAll(firstFew(both.isEmpty() ? cardsOf(body) : both));
            }
        } else {
            for (String id : items) {
                out.addAll(firstFew(cardsOf(id)));
            }
        }
        return out.stream().limit(CARDS_PER_QUESTION).toList();
    }

    private static List<String> firstFew(List<String> cards) {
        return cards.stream().limit(CARDS_PER_ITEM).toList();
    }

    /** The cards linked to an item, the most specific (fewest other links) first. */
    private List<String> cardsOf(String id) {
        List<Card> cards = index.event(id).isPresent() ? index.cardsOfEvent(id) : index.cardsMentioning(id);
        List<Card> sorted = new ArrayList<>(cards);
        sorted.sort(Comparator.comparingInt(c -> index.eventsOfCard(c.id()).size() + c.institutions().size()
                + c.people().size()));
        return sorted.stream().map(Card::id).toList();
    }

    // ---- shuffles ----------------------------------------------------------------------------

    /** An ordering body with the items shown in an order other than the right one. */
    static Question.Order shuffledOrder(List<Phrase> inOrder, List<String> ids, Random rng) {
        int n = inOrder.size();
        List<Integer> shown = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            shown.add(i);
        }
        do {
            Collections.shuffle(shown, rng);
        } while (n > 1 && isIdentity(shown));
        // shown.get(k) = the correct position of the k-th shown item
        List<Phrase> items = new ArrayList<>();
        List<String> shownIds = ids == null ? null : new ArrayList<>();
        Integer[] correct = new Integer[n];
        for (int k = 0; k < n; k++) {
            int pos = shown.get(k);
            items.add(inOrder.get(pos));
            if (shownIds != null) {
                shownIds.add(ids.get(pos));
            }
            correct[pos] = k;
        }
        return new Question.Order(items, List.of(correct), shownIds);
    }

    /**
     * A matching body. Lefts are shuffled; rights are shuffled too unless {@code keepRights}
     * (years read best in order).
     */
    static Question.Match shuffledMatch(List<Phrase> lefts, List<Phrase> rights, List<String> leftIds,
            List<String> rightIds, Random rng, boolean keepRights) {
        int n = lefts.size();
        List<Integer> leftOrder = new ArrayList<>();
        List<Integer> rightOrder = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            leftOrder.add(i);
            rightOrder.add(i);
        }
        Collections.shuffle(leftOrder, rng);
        if (!keepRights) {
            do {
                Collections.shuffle(rightOrder, rng);
            } while (n > 1 && rightOrder.equals(leftOrder));
        }
        List<Phrase> shownLefts = new ArrayList<>();
        List<Phrase> shownRights = new ArrayList<>();
        List<String> lIds = leftIds == null ? null : new ArrayList<>();
        List<String> rIds = rightIds == null ? null : new ArrayList<>();
        for (int i = 0; i < n; i++) {
            shownLefts.add(lefts.get(leftOrder.get(i)));
            shownRights.add(rights.get(rightOrder.get(i)));
            if (lIds != null) {
                lIds.add(leftIds.get(leftOrder.get(i)));
            }
            if (rIds != null) {
                rIds.add(rightIds.get(rightOrder.get(i)));
            }
        }
        List<Integer> rightOfLeft = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rightOfLeft.add(rightOrder.indexOf(leftOrder.get(i)));
        }
        return new Question.Match(shownLefts, shownRights, rightOfLeft, lIds, rIds);
    }

    private static boolean isIdentity(List<Integer> order) {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i) != i) {
                return false;
            }
        }
        return true;
    }

    // ---- years -------------------------------------------------------------------------------

    /**
     * Four years, sorted: the right one and three near it, taken first from the years of the same
     * kind of item and then from the years next to it, never more than a year after the pack's
     * last date (so the latest option is not always the answer for the latest events). When it
     * can, the choice includes a year after the answer as well as one before it.
     */
    Optional<Question.Choice> yearChoice(int year, List<Integer> sameKind, Random rng) {
        int latest = lastYear + 1;
        TreeSet<Integer> same = new TreeSet<>();
        for (Integer y : sameKind) {
            if (y != year && y <= latest && Math.abs(y - year) <= 15) {
                same.add(y);
            }
        }
        TreeSet<Integer> next = new TreeSet<>();
        for (int step = 1; step <= 6; step++) {
            for (int y : new int[] {year - step, year + step}) {
                if (y <= latest && !same.contains(y)) {
                    next.add(y);
                }
            }
        }
        List<Integer> sameNear = byNearness(same, year, rng);
        List<Integer> nextNear = byNearness(next, year, rng);
        List<Integer> chosen = new ArrayList<>();
        // a year on each side, from the same kind of item when there is one, else the next year
        for (boolean after : new boolean[] {false, true}) {
            Optional<Integer> side = sameNear.stream().filter(y -> after == y > year).findFirst()
                    .or(() -> nextNear.stream().filter(y -> after == y > year).findFirst());
            side.ifPresent(chosen::add);
        }
        for (List<Integer> source : List.of(sameNear, nextNear)) {
            for (Integer y : source) {
                if (chosen.size() < 3 && !chosen.contains(y)) {
                    chosen.add(y);
                }
            }
        }
        if (chosen.size() < 3) {
            return Optional.empty();
        }
        chosen.add(year);
        Collections.sort(chosen);
        List<Phrase> options = chosen.stream().map(y -> Phrase.literal(Integer.toString(y))).toList();
        return Optional.of(new Question.Choice(options, chosen.indexOf(year), null));
    }

    /** Years nearest to {@code year} first, a little shuffled so the same question varies. */
    private static List<Integer> byNearness(Set<Integer> years, int year, Random rng) {
        List<Integer> out = new ArrayList<>(years);
        Map<Integer, Double> key = new HashMap<>();
        for (Integer y : out) {
            key.put(y, Math.abs(y - year) + rng.nextDouble() * 4);
        }
        out.sort(Comparator.comparingDouble(key::get));
        return out;
    }

    // ---- texts -------------------------------------------------------------------------------

    /** Whether texts are all there and all different, as the learner reads them. */
    static boolean distinctTexts(List<String> texts) {
        Set<String> seen = new HashSet<>();
        for (String t : texts) {
            if (t == null || AnswerCheck.normalize(t).isEmpty() || !seen.add(AnswerCheck.normalize(t))) {
                return false;
            }
        }
        return true;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
