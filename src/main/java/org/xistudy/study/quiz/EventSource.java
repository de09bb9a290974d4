package org.xistudy.study.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.xistudy.content.PackIndex;
import org.xistudy.content.PartialDate;
import org.xistudy.content.model.Event;
import org.xistudy.study.answer.AnswerCheck;

/**
 * Questions about events in time: put them in order, which came first, in which year. Events are
 * only put in order when their dates, at the precision known, separate them
 * ({@link PartialDate#isKnownBefore}); approximate dates and spans are never ordered; an event
 * whose title names a year or date is never one of the items, since it would give the order away.
 * The dates are in the explanation.
 */
final class EventSource implements QuestionSource {
    /** How many ordering and which-first questions to draft per seed. */
    static final int ORDER_DRAFTS = 14;
    static final int FIRST_DRAFTS = 14;

    private final QuestionKit kit;
    private final PackIndex index;

    EventSource(QuestionKit kit) {
        this.kit = kit;
        this.index = kit.index();
    }

    @Override
    public void draft(Random rng, Consumer<Question> out) {
        List<Event> timed = orderableEvents();
        for (int i = 0; i < ORDER_DRAFTS; i++) {
            orderEvents(timed, rng).ifPresent(out);
        }
        for (int i = 0; i < FIRST_DRAFTS; i++) {
            whichFirst(timed, rng).ifPresent(out);
        }
        for (Event e : timed) {
            eventYear(e, rng).ifPresent(out);
        }
    }

    /** Events with a single, exact-as-written date: no spans, no approximate dates. */
    List<Event> orderableEvents() {
        return index.eventsInTime().stream().filter(e -> !e.approx() && !e.isRange()).toList();
    }

    static boolean separated(PartialDate a, PartialDate b) {
        return a.isKnownBefore(b) || b.isKnownBefore(a);
    }

    /**
     * Picks up to {@code size} events whose dates all separate one another, whose titles differ
     * and name no date, near an anchor event in time, in chronological order.
     */
    List<Event> chain(List<Event> events, int size, Random rng) {
        if (events.size() < 2) {
            return List.of();
        }
        Event anchor = events.get(rng.nextInt(events.size()));
        Map<Event, Double> distance = new HashMap<>();
        for (Event e : events) {
            double years = Math.abs(e.date().firstDay().toEpochDay() - anchor.date().firstDay().toEpochDay()) / 365.25;
            distance.put(e, years + rng.nextDouble() * 6);
        }
        List<Event> near = new ArrayList<>(events);
        near.sort(Comparator.comparingDouble(distance::get));
        List<Event> picked = new ArrayList<>();
        Set<String> titles = new HashSet<>();
        for (Event e : near) {
            if (picked.size() == size) {
                break;
            }
            String title = AnswerCheck.normalize(e.title());
            if (!QuestionKit.datesItself(e.title()) && picked.stream().allMatch(p -> separated(p.date(), e.date()))
                    && !titles.contains(title)) {
                picked.add(e);
                titles.add(title);
            }
        }
        picked.sort(Comparator.comparing(Event::date));
        return picked;
    }

    Optional<Question> orderEvents(List<Event> events, Random rng) {
        int size = 3 + rng.nextInt(3);
        List<Event> inOrder = chain(events, size, rng);
        if (inOrder.size() < 3) {
            return Optional.empty();
        }
        List<Phrase> titles = inOrder.stream().map(e -> Phrase.literal(e.title())).toList();
        List<String> ids = inOrder.stream().map(Event::id).toList();
        Question.Order body = QuestionKit.shuffledOrder(titles, ids, rng);
        return Optional.of(kit.question("order:" + String.join(",", ids), QuestionFormat.ORDER,
                Phrase.of("quiz.prompt.order"), body, dated(inOrder), new ArrayList<>(inOrder), ids));
    }

    Optional<Question> whichFirst(List<Event> events, Random rng) {
        int size = 3 + rng.nextInt(2);
        List<Event> inOrder = chain(events, size, rng);
        if (inOrder.size() < 2) {
            return Optional.empty();
        }
        List<Event> shown = new ArrayList<>(inOrder);
        Collections.shuffle(shown, rng);
        Event first = inOrder.get(0);
        List<String> ids = shown.stream().map(Event::id).toList();
        Question.Choice body = new Question.Choice(shown.stream().map(e -> Phrase.literal(e.title())).toList(),
                shown.indexOf(first), ids);
        List<String> sortedIds = inOrder.stream().map(Event::id).toList();
        return Optional.of(kit.question("first:" + String.join(",", sortedIds), QuestionFormat.WHICH_FIRST,
                Phrase.of("quiz.prompt.first"), body, dated(inOrder), new ArrayList<>(inOrder), sortedIds));
    }

    /** The events with their dates, in order: where the dates of an ordering task show. */
    private static List<Phrase> dated(List<Event> inOrder) {
        return inOrder.stream().map(e -> Phrase.of("quiz.fact.dated", e.title(), e.date())).toList();
    }

    Optional<Question> eventYear(Event e, Random rng) {
        if (QuestionKit.datesItself(e.title())) {
            return Optional.empty(); // the title gives a year away
        }
        int year = e.date().year();
        List<Integer> pool = new ArrayList<>();
        index.eventsInTime().forEach(o -> pool.add(o.date().year()));
        Optional<Question.Choice> body = kit.yearChoice(year, pool, rng);
        if (body.isEmpty()) {
            return Optional.empty();
        }
        List<Phrase> explanation = new ArrayList<>();
        explanation.add(Phrase.of("quiz.fact.dated", e.title(), e.date()));
        if (!QuestionKit.blank(e.summary())) {
            explanation.add(Phrase.literal(e.summary()));
        }
        return Optional.of(kit.question("when:" + e.id(), QuestionFormat.WHEN, Phrase.of("quiz.prompt.eventYear", e.title()),
                body.get(), explanation, List.of(e), List.of(e.id())));
    }
}
