package org.xistudy.study.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.xistudy.content.PackIndex;
import org.xistudy.content.PartialDate;
import org.xistudy.content.model.Card;
import org.xistudy.content.model.Cite;
import org.xistudy.content.model.Cited;
import org.xistudy.content.model.Event;
import org.xistudy.content.model.Institution;
import org.xistudy.content.model.MatchPair;
import org.xistudy.content.model.Person;
import org.xistudy.content.model.Relation;
import org.xistudy.content.model.RelationType;
import org.xistudy.study.answer.AnswerCheck;

/**
 * Makes quizzes from a pack: questions from the authored cards, and questions generated from the
 * data (the order of events, which came first, the year of an event or a body's founding, who led
 * a body in a year, and matching). Generated questions are right by construction:
 * <ul>
 *   <li>events are only put in order when their dates, at the precision known, separate them
 *       ({@link PartialDate#isKnownBefore}); approximate dates and spans are never ordered;</li>
 *   <li>a "who led" question is only asked for a year in which the body had exactly one recorded
 *       chair or head, and only for years strictly inside the term, so a change of office within
 *       the year never makes two answers right;</li>
 *   <li>options are always different words, and the right answer is always one of them;</li>
 *   <li>wrong options are drawn from the same kind of item and from near in time.</li>
 * </ul>
 * The same pack, seed and settings always give the same quiz.
 */
public final class QuizGenerator {
    /** How many ordering, which-first and matching questions to draft per seed. */
    static final int ORDER_DRAFTS = 14;
    static final int FIRST_DRAFTS = 14;
    static final int MATCH_DRAFTS = 5;

    /** Wrong answers about people come from within this many years of the question's year. */
    static final int NEAR_YEARS = 15;

    private static final Pattern YEAR_IN_TEXT = Pattern.compile("\\b(1[5-9]|20)\\d\\d\\b");
    private static final Set<RelationType> LEADS = Set.of(RelationType.CHAIRS, RelationType.HEADS);

    private final PackIndex index;
    private final int lastYear;
    private final Map<String, Optional<String>> sectionOfQuote = new HashMap<>();
    private long lastSeed;
    private List<Question> lastCandidates;

    public QuizGenerator(PackIndex index) {
        this.index = Objects.requireNonNull(index);
        int last = Integer.MIN_VALUE;
        for (Event e : index.pack().events()) {
            last = Math.max(last, (e.end() != null ? e.end() : e.date()).year());
        }
        var source = index.pack().source();
        if (source != null && source.date() != null) {
            last = Math.max(last, source.date().year());
        }
        this.lastYear = last == Integer.MIN_VALUE ? java.time.Year.now().getValue() : last;
    }

    /** The last year the pack speaks of: relations that have not ended are taken to hold until then. */
    public int lastYear() {
        return lastYear;
    }

    /** A quiz for these settings: up to {@code settings.count()} questions, formats mixed. */
    public Quiz generate(QuizSettings settings, long seed) {
        List<Question> pool = candidates(seed).stream().filter(settings::admits).toList();
        Random rng = new Random(seed * 31 + 7);
        Map<QuestionFormat, List<Question>> byFormat = new EnumMap<>(QuestionFormat.class);
        for (Question q : pool) {
            byFormat.computeIfAbsent(q.format(), k -> new ArrayList<>()).add(q);
        }
        List<List<Question>> groups = new ArrayList<>();
        for (List<Question> g : byFormat.values()) {
            Collections.shuffle(g, rng);
            groups.add(g);
        }
        Collections.shuffle(groups, rng);
        List<Question> chosen = new ArrayList<>();
        Set<String> subjects = new HashSet<>();
        // Round-robin over the formats, so a quiz mixes them; a question about the same items
        // as one already chosen waits until nothing else is left.
        List<Question> later = new ArrayList<>();
        for (int round = 0; chosen.size() < settings.count(); round++) {
            boolean any = false;
            for (List<Question> g : groups) {
                if (round < g.size() && chosen.size() < settings.count()) {
                    Question q = g.get(round);
                    any = true;
                    if (subjects.add(String.join(",", q.items())) || q.items().isEmpty()) {
                        chosen.add(q);
                    } else {
                        later.add(q);
                    }
                }
            }
            if (!any) {
                break;
            }
        }
        for (int i = 0; i < later.size() && chosen.size() < settings.count(); i++) {
            chosen.add(later.get(i));
        }
        Collections.shuffle(chosen, rng);
        return new Quiz(seed, settings, chosen, null);
    }

    /** How many different questions the settings admit (the count aside). */
    public int available(QuizSettings settings, long seed) {
        return (int) candidates(seed).stream().filter(settings::admits).count();
    }

    /** Every question this pack gives for a seed, authored first, in a stable order. */
    public synchronized List<Question> candidates(long seed) {
        if (lastCandidates == null || lastSeed != seed) {
            lastCandidates = draft(seed);
            lastSeed = seed;
        }
        return lastCandidates;
    }

    private List<Question> draft(long seed) {
        Random rng = new Random(seed);
        Map<String, Question> out = new LinkedHashMap<>();
        for (Card c : index.pack().cards()) {
            fromCard(c, rng).ifPresent(q -> out.putIfAbsent(q.id(), q));
        }
        List<Event> timed = orderableEvents();
        for (int i = 0; i < ORDER_DRAFTS; i++) {
            orderEvents(timed, rng).ifPresent(q -> out.putIfAbsent(q.id(), q));
        }
        for (int i = 0; i < FIRST_DRAFTS; i++) {
            whichFirst(timed, rng).ifPresent(q -> out.putIfAbsent(q.id(), q));
        }
        for (Event e : timed) {
            eventYear(e, rng).ifPresent(q -> out.putIfAbsent(q.id(), q));
        }
        for (Institution b : index.pack().institutions()) {
            foundingYear(b, rng).ifPresent(q -> out.putIfAbsent(q.id(), q));
        }
        for (Relation r : index.pack().relations()) {
            whoHeld(r, rng).ifPresent(q -> out.putIfAbsent(q.id(), q));
        }
        for (int i = 0; i < MATCH_DRAFTS; i++) {
            matchFounding(rng).ifPresent(q -> out.putIfAbsent(q.id(), q));
        }
        for (int i = 0; i < MATCH_DRAFTS; i++) {
            matchLeaders(rng).ifPresent(q -> out.putIfAbsent(q.id(), q));
        }
        for (int i = 0; i < MATCH_DRAFTS; i++) {
            matchRoles(rng).ifPresent(q -> out.putIfAbsent(q.id(), q));
        }
        return List.copyOf(out.values());
    }

    // ---- authored cards ----------------------------------------------------------------------

    Optional<Question> fromCard(Card c, Random rng) {
        List<String> items = new ArrayList<>();
        index.eventsOfCard(c.id()).forEach(e -> items.add(e.id()));
        items.addAll(c.institutions());
        items.addAll(c.people());
        List<Phrase> explanation = new ArrayList<>();
        QuestionFormat format;
        Phrase prompt;
        Question.Body body;
        switch (c.type()) {
            case CHOICE: {
                if (!distinctTexts(c.options()) || !c.options().contains(c.answer()) || c.options().size() < 2) {
                    return Optional.empty();
                }
                List<String> opts = new ArrayList<>(c.options());
                Collections.shuffle(opts, rng);
                format = QuestionFormat.CHOICE;
                prompt = Phrase.literal(c.question());
                body = new Question.Choice(opts.stream().map(Phrase::literal).toList(), opts.indexOf(c.answer()), null);
                break;
            }
            case TRUEFALSE:
                format = QuestionFormat.TRUE_FALSE;
                prompt = Phrase.literal(c.statement());
                body = new Question.Choice(List.of(Phrase.of("quiz.true"), Phrase.of("quiz.false")),
                        c.isTrue() ? 0 : 1, null);
                break;
            case TYPEIN:
                if (blank(c.answer())) {
                    return Optional.empty();
                }
                format = QuestionFormat.TYPE_IN;
                prompt = Phrase.literal(c.question());
                body = new Question.Typed(c.answer(), c.accept(), null);
                break;
            case CLOZE:
                if (blank(c.clozeAnswer())) {
                    return Optional.empty();
                }
                format = QuestionFormat.CLOZE;
                prompt = Phrase.literal(c.clozeText(Blank.MARK));
                body = new Question.Typed(c.clozeAnswer(), List.of(), c.clozeHint());
                explanation.add(Phrase.literal(c.clozeFull()));
                break;
            case ORDER: {
                if (c.items().size() < 2 || !distinctTexts(c.items())) {
                    return Optional.empty();
                }
                format = QuestionFormat.ORDER;
                prompt = Phrase.literal(c.prompt());
                body = shuffledOrder(c.items().stream().map(Phrase::literal).toList(), null, rng);
                break;
            }
            case MATCH: {
                List<String> lefts = c.pairs().stream().map(MatchPair::left).toList();
                List<String> rights = c.pairs().stream().map(MatchPair::right).toList();
                if (c.pairs().size() < 2 || !distinctTexts(lefts) || !distinctTexts(rights)) {
                    return Optional.empty();
                }
                format = QuestionFormat.MATCH;
                prompt = Phrase.literal(c.prompt());
                body = shuffledMatch(lefts.stream().map(Phrase::literal).toList(),
                        rights.stream().map(Phrase::literal).toList(), null, null, rng, false);
                break;
            }
            default:
                // Basic and reversed cards are studied with the flashcards, not quizzed.
                return Optional.empty();
        }
        if (!blank(c.explanation())) {
            explanation.add(Phrase.literal(c.explanation()));
        }
        Cite cite = c.cite().stream().filter(Cite::isQuote).findFirst()
                .or(() -> index.eventsOfCard(c.id()).stream().flatMap(e -> e.cite().stream()).filter(Cite::isQuote)
                        .findFirst())
                .orElse(c.cite().isEmpty() ? null : c.cite().get(0));
        String section = index.sectionOf(c).orElse(null);
        return Optional.of(new Question("card:" + c.id(), format, prompt, body, explanation, cite, section, c.tags(),
                items, List.of(c.id()), c.id()));
    }

    // ---- events in time ------------------------------------------------------------------------

    /** Events with a single, exact-as-written date: no spans, no approximate dates. */
    List<Event> orderableEvents() {
        return index.eventsInTime().stream().filter(e -> !e.approx() && !e.isRange()).toList();
    }

    static boolean separated(PartialDate a, PartialDate b) {
        return a.isKnownBefore(b) || b.isKnownBefore(a);
    }

    /**
     * Picks up to {@code size} events whose dates all separate one another and whose titles
     * differ, near an anchor event in time, in chronological order.
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
            if (picked.stream().allMatch(p -> separated(p.date(), e.date())) && !titles.contains(AnswerCheck.normalize(e.title()))) {
                picked.add(e);
                titles.add(AnswerCheck.normalize(e.title()));
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
        Question.Order body = shuffledOrder(titles, ids, rng);
        List<Phrase> explanation = inOrder.stream().map(e -> Phrase.of("quiz.fact.dated", e.title(), e.date())).toList();
        return Optional.of(question("order:" + String.join(",", ids), QuestionFormat.ORDER,
                Phrase.of("quiz.prompt.order"), body, explanation, new ArrayList<>(inOrder), ids));
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
        List<Phrase> explanation = inOrder.stream().map(e -> Phrase.of("quiz.fact.dated", e.title(), e.date())).toList();
        List<String> sortedIds = inOrder.stream().map(Event::id).toList();
        return Optional.of(question("first:" + String.join(",", sortedIds), QuestionFormat.WHICH_FIRST,
                Phrase.of("quiz.prompt.first"), body, explanation, new ArrayList<>(inOrder), sortedIds));
    }

    Optional<Question> eventYear(Event e, Random rng) {
        if (YEAR_IN_TEXT.matcher(e.title()).find()) {
            return Optional.empty(); // the title gives a year away
        }
        int year = e.date().year();
        List<Integer> pool = new ArrayList<>();
        index.eventsInTime().forEach(o -> pool.add(o.date().year()));
        Optional<Question.Choice> body = yearChoice(year, pool, rng);
        if (body.isEmpty()) {
            return Optional.empty();
        }
        List<Phrase> explanation = new ArrayList<>();
        explanation.add(Phrase.of("quiz.fact.dated", e.title(), e.date()));
        if (!blank(e.summary())) {
            explanation.add(Phrase.literal(e.summary()));
        }
        return Optional.of(question("when:" + e.id(), QuestionFormat.WHEN, Phrase.of("quiz.prompt.eventYear", e.title()),
                body.get(), explanation, List.of(e), List.of(e.id())));
    }

    Optional<Question> foundingYear(Institution b, Random rng) {
        if (YEAR_IN_TEXT.matcher(b.name()).find()) {
            return Optional.empty();
        }
        int year = b.established().year();
        List<Integer> pool = new ArrayList<>();
        index.pack().institutions().forEach(o -> pool.add(o.established().year()));
        Optional<Question.Choice> body = yearChoice(year, pool, rng);
        if (body.isEmpty()) {
            return Optional.empty();
        }
        List<Phrase> explanation = new ArrayList<>();
        explanation.add(Phrase.of("quiz.fact.established", b.name(), b.established()));
        if (!blank(b.summary())) {
            explanation.add(Phrase.literal(b.summary()));
        }
        return Optional.of(question("founded:" + b.id(), QuestionFormat.WHEN,
                Phrase.of("quiz.prompt.foundingYear", b.name()), body.get(), explanation, List.of(b), List.of(b.id())));
    }

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

    // ---- who led what ------------------------------------------------------------------------

    /** The people with a chairs or heads relation to {@code body} that holds at some time in {@code year}. */
    List<Relation> leadersIn(String body, int year) {
        return index.pack().relations().stream()
                .filter(r -> LEADS.contains(r.type()) && r.to().equals(body) && r.holdsIn(year)).toList();
    }

    /**
     * The years for which "who led {@code r.to} in year Y" has exactly one answer, {@code r.from}:
     * years strictly inside the term and the body's life, in which no other leader is recorded.
     */
    List<Integer> safeYears(Relation r) {
        if (!LEADS.contains(r.type()) || r.start() == null) {
            return List.of();
        }
        Optional<Institution> body = index.institution(r.to());
        if (body.isEmpty() || index.person(r.from()).isEmpty()) {
            return List.of();
        }
        Institution b = body.get();
        int from = Math.max(r.start().year(), b.established().year()) + 1;
        int to = Math.min(r.end() == null ? lastYear : r.end().year() - 1,
                b.dissolved() == null ? lastYear : b.dissolved().year() - 1);
        List<Integer> years = new ArrayList<>();
        for (int y = from; y <= to; y++) {
            List<Relation> leaders = leadersIn(b.id(), y);
            if (leaders.size() == 1 && leaders.get(0).equals(r)) {
                years.add(y);
            }
        }
        return years;
    }

    Optional<Question> whoHeld(Relation r, Random rng) {
        List<Integer> years = safeYears(r);
        if (years.isEmpty()) {
            return Optional.empty();
        }
        int year = years.get(rng.nextInt(years.size()));
        Institution body = index.institution(r.to()).orElseThrow();
        Person holder = index.person(r.from()).orElseThrow();
        Set<String> ruledOut = new HashSet<>();
        leadersIn(body.id(), year).forEach(l -> ruledOut.add(l.from()));
        List<Person> distractors = nearPeople(body.id(), year, ruledOut, rng);
        List<Person> options = new ArrayList<>();
        Set<String> names = new HashSet<>();
        names.add(AnswerCheck.normalize(holder.name()));
        for (Person p : distractors) {
            if (options.size() < 3 && names.add(AnswerCheck.normalize(p.name()))) {
                options.add(p);
            }
        }
        if (options.size() < 2) {
            return Optional.empty();
        }
        options.add(holder);
        Collections.shuffle(options, rng);
        Question.Choice choice = new Question.Choice(options.stream().map(p -> Phrase.literal(p.name())).toList(),
                options.indexOf(holder), options.stream().map(Person::id).toList());
        String key = r.type() == RelationType.CHAIRS ? "quiz.prompt.whoChaired" : "quiz.prompt.whoHeaded";
        List<Phrase> explanation = new ArrayList<>();
        explanation.add(termFact(r, holder, body));
        if (!blank(r.label())) {
            explanation.add(Phrase.of("quiz.fact.post", r.label()));
        }
        List<Cited> evidence = List.of(r, body, holder);
        return Optional.of(question("held:" + r.id() + ":" + year, QuestionFormat.WHO_HELD,
                Phrase.of(key, body.name(), Integer.toString(year)), choice, explanation, evidence, List.of(body.id(), holder.id()), true));
    }

    private Phrase termFact(Relation r, Person holder, Institution body) {
        String verb = r.type() == RelationType.CHAIRS ? "chair" : "head";
        String k = "quiz.fact." + verb;
        if (r.start() == null) {
            return r.end() == null ? Phrase.of(k, holder.name(), body.name())
                    : Phrase.of(k + "Until", holder.name(), body.name(), r.end());
        }
        return r.end() == null ? Phrase.of(k + "Since", holder.name(), body.name(), r.start())
                : Phrase.of(k + "FromTo", holder.name(), body.name(), r.start(), r.end());
    }

    /**
     * Plausible wrong answers to "who led {@code body} in {@code year}": people of the same kind
     * as the answer, that is people who led a body of the pack or took part in an event of one of
     * its bodies, and who were active within {@link #NEAR_YEARS} of the year; those who led this
     * body come first, then the nearest in time. Never someone the data ties to no body (a foreign
     * leader met once), never someone active only decades away.
     */
    List<Person> nearPeople(String body, int year, Set<String> ruledOut, Random rng) {
        Map<String, Double> score = new LinkedHashMap<>();
        for (Relation l : index.pack().relations()) {
            if (!LEADS.contains(l.type()) || ruledOut.contains(l.from()) || index.person(l.from()).isEmpty()
                    || index.institution(l.to()).isEmpty()) {
                continue;
            }
            int start = l.start() == null ? year : l.start().year();
            int end = l.end() == null ? lastYear : l.end().year();
            double gap = year < start ? start - year : year > end ? year - end : 0;
            if (gap <= NEAR_YEARS) {
                score.merge(l.from(), gap + (l.to().equals(body) ? 0 : 3), Math::min);
            }
        }
        for (Event e : index.eventsInTime()) {
            if (e.institutions().stream().noneMatch(i -> index.institution(i).isPresent())) {
                continue; // an event of no body says nothing about office
            }
            int gap = Math.abs(e.date().year() - year);
            for (String p : e.people()) {
                if (!ruledOut.contains(p) && index.person(p).isPresent() && gap <= NEAR_YEARS) {
                    score.merge(p, 6.0 + gap, Math::min);
                }
            }
        }
        List<String> ids = new ArrayList<>(score.keySet());
        Map<String, Double> jittered = new HashMap<>();
        for (String id : ids) {
            jittered.put(id, score.get(id) + rng.nextDouble() * 3);
        }
        ids.sort(Comparator.comparingDouble(jittered::get));
        return ids.stream().map(id -> index.person(id).orElseThrow()).toList();
    }

    // ---- matching ------------------------------------------------------------------------------

    Optional<Question> matchFounding(Random rng) {
        List<Institution> bodies = new ArrayList<>(index.pack().institutions());
        Collections.shuffle(bodies, rng);
        int size = 3 + rng.nextInt(2);
        List<Institution> picked = new ArrayList<>();
        Set<Integer> years = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (Institution b : bodies) {
            if (picked.size() < size && !years.contains(b.established().year())
                    && !names.contains(AnswerCheck.normalize(b.name())) && !YEAR_IN_TEXT.matcher(b.name()).find()) {
                picked.add(b);
                years.add(b.established().year());
                names.add(AnswerCheck.normalize(b.name()));
            }
        }
        if (picked.size() < 3) {
            return Optional.empty();
        }
        picked.sort(Comparator.comparing(Institution::established));
        List<Phrase> lefts = picked.stream().map(b -> Phrase.literal(b.name())).toList();
        List<Phrase> rights = picked.stream().map(b -> Phrase.literal(Integer.toString(b.established().year()))).toList();
        List<String> ids = picked.stream().map(Institution::id).toList();
        Question.Match body = shuffledMatch(lefts, rights, ids, null, rng, true);
        List<Phrase> explanation = picked.stream().map(b -> Phrase.of("quiz.fact.established", b.name(), b.established()))
                .toList();
        List<String> sortedIds = new ArrayList<>(ids);
        Collections.sort(sortedIds);
        return Optional.of(question("match-founded:" + String.join(",", sortedIds), QuestionFormat.MATCH,
                Phrase.of("quiz.prompt.matchFounded"), body, explanation, new ArrayList<>(picked), ids));
    }

    Optional<Question> matchLeaders(Random rng) {
        // year -> the relations that are the one safe answer for their body in that year
        TreeMap<Integer, List<Relation>> byYear = new TreeMap<>();
        for (Relation r : index.pack().relations()) {
            for (int y : safeYears(r)) {
                byYear.computeIfAbsent(y, k -> new ArrayList<>()).add(r);
            }
        }
        List<Integer> years = new ArrayList<>();
        byYear.forEach((y, rs) -> {
            if (rs.stream().map(Relation::from).distinct().count() >= 3) {
                years.add(y);
            }
        });
        if (years.isEmpty()) {
            return Optional.empty();
        }
        int year = years.get(rng.nextInt(years.size()));
        List<Relation> rs = new ArrayList<>(byYear.get(year));
        Collections.shuffle(rs, rng);
        int size = 3 + rng.nextInt(2);
        List<Relation> picked = new ArrayList<>();
        Set<String> people = new HashSet<>();
        Set<String> bodies = new HashSet<>();
        for (Relation r : rs) {
            if (picked.size() < size && !people.contains(r.from()) && !bodies.contains(r.to())
                    && uniqueName(picked, r)) {
                picked.add(r);
                people.add(r.from());
                bodies.add(r.to());
            }
        }
        if (picked.size() < 3) {
            return Optional.empty();
        }
        picked.sort(Comparator.comparing(Relation::to));
        List<Phrase> lefts = picked.stream().map(r -> Phrase.literal(index.label(r.to()))).toList();
        List<Phrase> rights = picked.stream().map(r -> Phrase.literal(index.label(r.from()))).toList();
        Question.Match body = shuffledMatch(lefts, rights, picked.stream().map(Relation::to).toList(),
                picked.stream().map(Relation::from).toList(), rng, false);
        List<Phrase> explanation = picked.stream()
                .map(r -> termFact(r, index.person(r.from()).orElseThrow(), index.institution(r.to()).orElseThrow()))
                .toList();
        List<Cited> evidence = new ArrayList<>(picked);
        List<String> items = new ArrayList<>();
        picked.forEach(r -> {
            items.add(r.to());
            items.add(r.from());
        });
        List<String> relIds = picked.stream().map(Relation::id).sorted().toList();
        return Optional.of(question("match-leaders:" + year + ":" + String.join(",", relIds), QuestionFormat.MATCH,
                Phrase.of("quiz.prompt.matchLeaders", Integer.toString(year)), body, explanation, evidence, items, true));
    }

    private boolean uniqueName(List<Relation> picked, Relation r) {
        String body = AnswerCheck.normalize(index.label(r.to()));
        String person = AnswerCheck.normalize(index.label(r.from()));
        return picked.stream().noneMatch(p -> AnswerCheck.normalize(index.label(p.to())).equals(body)
                || AnswerCheck.normalize(index.label(p.from())).equals(person));
    }

    Optional<Question> matchRoles(Random rng) {
        List<Relation> roles = index.pack().relations().stream()
                .filter(r -> LEADS.contains(r.type()) && index.person(r.from()).isPresent()
                        && index.institution(r.to()).isPresent())
                .toList();
        if (roles.size() < 3) {
            return Optional.empty();
        }
        List<Relation> shuffled = new ArrayList<>(roles);
        Collections.shuffle(shuffled, rng);
        int size = 3 + rng.nextInt(2);
        List<Relation> picked = new ArrayList<>();
        for (Relation r : shuffled) {
            if (picked.size() == size) {
                break;
            }
            boolean fits = uniqueName(picked, r);
            for (Relation p : picked) {
                // one-to-one: nobody picked ever led another picked body
                if (p.from().equals(r.from()) || p.to().equals(r.to()) || led(p.from(), r.to()) || led(r.from(), p.to())) {
                    fits = false;
                }
            }
            if (fits) {
                picked.add(r);
            }
        }
        if (picked.size() < 3) {
            return Optional.empty();
        }
        picked.sort(Comparator.comparing(Relation::from));
        List<Phrase> lefts = picked.stream().map(r -> Phrase.literal(index.label(r.from()))).toList();
        List<Phrase> rights = picked.stream().map(r -> Phrase.of(r.type() == RelationType.CHAIRS ? "quiz.role.chair"
                : "quiz.role.head", index.label(r.to()))).toList();
        Question.Match body = shuffledMatch(lefts, rights, picked.stream().map(Relation::from).toList(),
                picked.stream().map(Relation::to).toList(), rng, false);
        List<Phrase> explanation = picked.stream()
                .map(r -> termFact(r, index.person(r.from()).orElseThrow(), index.institution(r.to()).orElseThrow()))
                .toList();
        List<String> items = new ArrayList<>();
        picked.forEach(r -> {
            items.add(r.from());
            items.add(r.to());
        });
        List<String> relIds = picked.stream().map(Relation::id).sorted().toList();
        return Optional.of(question("match-roles:" + String.join(",", relIds), QuestionFormat.MATCH,
                Phrase.of("quiz.prompt.matchRoles"), body, explanation, new ArrayList<>(picked), items, true));
    }

    /** Whether {@code person} chaired or headed {@code body} at any time. */
    private boolean led(String person, String body) {
        return index.pack().relations().stream()
                .anyMatch(r -> LEADS.contains(r.type()) && r.from().equals(person) && r.to().equals(body));
    }

    // ---- shared ----------------------------------------------------------------------------------

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

    /** A generated question: its evidence, section, tags and linked cards come from the items. */
    private Question question(String id, QuestionFormat format, Phrase prompt, Question.Body body,
            List<Phrase> explanation, List<? extends Cited> evidence, List<String> items) {
        return question(id, format, prompt, body, explanation, evidence, items, false);
    }

    /** As above; with {@code pairs}, the items are (body, person) pairs of who led what. */
    private Question question(String id, QuestionFormat format, Phrase prompt, Question.Body body,
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
    private String sectionOf(Cite cite) {
        if (cite == null || !cite.isQuote()) {
            return null;
        }
        return sectionOfQuote.computeIfAbsent(cite.quote(),
                q -> index.passage(cite).map(p -> p.block().sectionId())).orElse(null);
    }

    /** At most this many cards per item, and per question, go to study for a miss. */
    static final int CARDS_PER_ITEM = 2;
    static final int CARDS_PER_QUESTION = 5;

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

    private static boolean distinctTexts(List<String> texts) {
        Set<String> seen = new HashSet<>();
        for (String t : texts) {
            if (t == null || AnswerCheck.normalize(t).isEmpty() || !seen.add(AnswerCheck.normalize(t))) {
                return false;
            }
        }
        return true;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** What stands for the hidden words of a cloze question. */
    public static final class Blank {
        public static final String MARK = "_____";

        private Blank() {
        }
    }
}
