package org.xistudy.study.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.xistudy.content.PackIndex;
import org.xistudy.content.model.Institution;
import org.xistudy.study.answer.AnswerCheck;

/**
 * Questions about when the pack's bodies were established: the year of one, and matching bodies
 * to their years. A body whose name carries a year is never asked about.
 */
final class FoundingSource implements QuestionSource {
    /** How many matching questions to draft per seed. */
    static final int MATCH_DRAFTS = 5;

    private final QuestionKit kit;
    private final PackIndex index;

    FoundingSource(QuestionKit kit) {
        this.kit = kit;
        this.index = kit.index();
    }

    @Override
    public void draft(Random rng, Consumer<Question> out) {
        for (Institution b : index.pack().institutions()) {
            foundingYear(b, rng).ifPresent(out);
        }
        for (int i = 0; i < MATCH_DRAFTS; i++) {
            matchFounding(rng).ifPresent(out);
        }
    }

    Optional<Question> foundingYear(Institution b, Random rng) {
        if (QuestionKit.datesItself(b.name())) {
            return Optional.empty();
        }
        int year = b.established().year();
        List<Integer> pool = new ArrayList<>();
        index.pack().institutions().forEach(o -> pool.add(o.established().year()));
        Optional<Question.Choice> body = kit.yearChoice(year, pool, rng);
        if (body.isEmpty()) {
            return Optional.empty();
        }
        List<Phrase> explanation = new ArrayList<>();
        explanation.add(Phrase.of("quiz.fact.established", Phrase.name(b.id(), b.name()), b.established()));
        if (!QuestionKit.blank(b.summary())) {
            explanation.add(Phrase.literal(b.summary()));
        }
        return Optional.of(kit.question("founded:" + b.id(), QuestionFormat.WHEN,
                Phrase.of("quiz.prompt.foundingYear", Phrase.name(b.id(), b.name())), body.get(), explanation, List.of(b), List.of(b.id())));
    }

    Optional<Question> matchFounding(Random rng) {
        List<Institution> bodies = new ArrayList<>(index.pack().institutions());
        Collections.shuffle(bodies, rng);
        int size = 3 + rng.nextInt(2);
        List<Institution> picked = new ArrayList<>();
        Set<Integer> years = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (Institution b : bodies) {
            if (picked.size() < size && !years.contains(b.established().year())
                    && !names.contains(AnswerCheck.normalize(b.name())) && !QuestionKit.datesItself(b.name())) {
                picked.add(b);
                years.add(b.established().year());
                names.add(AnswerCheck.normalize(b.name()));
            }
        }
        if (picked.size() < 3) {
            return Optional.empty();
        }
        picked.sort(Comparator.comparing(Institution::established));
        List<Phrase> lefts = picked.stream().map(b -> Phrase.name(b.id(), b.name())).toList();
        List<Phrase> rights = picked.stream().map(b -> Phrase.literal(Integer.toString(b.established().year()))).toList();
        List<String> ids = picked.stream().map(Institution::id).toList();
        Question.Match body = QuestionKit.shuffledMatch(lefts, rights, ids, null, rng, true);
        List<Phrase> explanation = picked.stream().map(b -> Phrase.of("quiz.fact.established", Phrase.name(b.id(), b.name()), b.established()))
                .toList();
        List<String> sortedIds = new ArrayList<>(ids);
        Collections.sort(sortedIds);
        return Optional.of(kit.question("match-founded:" + String.join(",", sortedIds), QuestionFormat.MATCH,
                Phrase.of("quiz.prompt.matchFounded"), body, explanation, new ArrayList<>(picked), ids));
    }
}
