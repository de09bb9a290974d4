package org.xistudy.study.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.xistudy.content.PackIndex;
import org.xistudy.content.PartialDate;

/**
 * Makes quizzes from a pack, from one source per family of questions: the authored cards
 * ({@link CardSource}), events in time ({@link EventSource}: order, which came first, which
 * year), the bodies' founding ({@link FoundingSource}), who led what ({@link LeaderSource}) and the
 * essay's argument ({@link ArgumentSource}: which claim is a trigger, the implications in order,
 * which implication an event illustrates). Generated questions are right by construction:
 * <ul>
 *   <li>events are only put in order when their dates, at the precision known, separate them;
 *       approximate dates and spans are never ordered, and the items of an order carry no dates;</li>
 *   <li>a "who led" question is only asked for a year in which the body had exactly one recorded
 *       chair or head, strictly inside the term;</li>
 *   <li>options are always different words, and the right answer is always one of them;</li>
 *   <li>wrong options are drawn from the same kind of item and from near in time;</li>
 *   <li>a question about the argument has only claims of another kind, or implications the event
 *       is not named by, as wrong options, and orders only claims whose places differ.</li>
 * </ul>
 * The same pack, seed and settings always give the same quiz.
 */
public final class QuizGenerator {
    /** Wrong answers about people come from within this many years of the question's year. */
    static final int NEAR_YEARS = LeaderSource.NEAR_YEARS;
    /** At most this many cards per question go to study for a miss. */
    static final int CARDS_PER_QUESTION = QuestionKit.CARDS_PER_QUESTION;

    private final QuestionKit kit;
    private final List<QuestionSource> sources;
    private long lastSeed;
    private List<Question> lastCandidates;

    public QuizGenerator(PackIndex index) {
        this.kit = new QuestionKit(Objects.requireNonNull(index));
        this.sources = List.of(new CardSource(index), new EventSource(kit), new FoundingSource(kit), new LeaderSource(kit),
                new ArgumentSource(kit));
    }

    /** The last year the pack speaks of: relations that have not ended are taken to hold until then. */
    public int lastYear() {
        return kit.lastYear();
    }

    /** Whether two dates, at the precision known, put one before the other. */
    static boolean separated(PartialDate a, PartialDate b) {
        return EventSource.separated(a, b);
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
        for (QuestionSource s : sources) {
            s.draft(rng, q -> out.putIfAbsent(q.id(), q));
        }
        return List.copyOf(out.values());
    }
}
