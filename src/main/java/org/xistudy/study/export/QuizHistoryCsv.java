package org.xistudy.study.export;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.xistudy.content.PackIndex;
import org.xistudy.content.essay.Essay;
import org.xistudy.study.print.AnswerText;
import org.xistudy.study.quiz.Attempt;
import org.xistudy.study.quiz.Phrase;
import org.xistudy.study.quiz.Question;
import org.xistudy.study.quiz.QuizGenerator;

/**
 * The self-quiz history as a table: one row for each question of each attempt, with the
 * attempt's time, length, seed and score repeated on each of its rows, so a spreadsheet can
 * filter and total by attempt, format or section. The question's words are looked up in the
 * pack by the attempt's seed; a question the pack no longer makes has its id only.
 */
public final class QuizHistoryCsv {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private QuizHistoryCsv() {
    }

    public static List<List<String>> rows(PackIndex index, List<Attempt> attempts, Phrase.Texts texts, Locale locale,
            ZoneId zone) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(texts.text("csv.history.attempt"), texts.text("csv.history.started"),
                texts.text("csv.history.duration"), texts.text("csv.history.seed"), texts.text("csv.history.retryOf"),
                texts.text("csv.history.score"), texts.text("csv.history.number"), texts.text("csv.history.question"),
                texts.text("csv.history.format"), texts.text("csv.history.section"), texts.text("csv.history.prompt"),
                texts.text("csv.history.answer"), texts.text("csv.history.correct"), texts.text("csv.history.unanswered")));
        QuizGenerator generator = index == null ? null : new QuizGenerator(index);
        Map<String, Attempt> byId = new HashMap<>();
        attempts.forEach(a -> byId.put(a.id(), a));
        for (Attempt a : attempts) {
            String started = TIME.format(Instant.ofEpochMilli(a.startedAt()).atZone(zone));
            String duration = Long.toString(Math.round(a.durationMillis() / 1000.0));
            String score = String.format(Locale.ROOT, "%.2f", a.score());
            int n = 0;
            for (Attempt.Result r : a.results()) {
                n++;
                Optional<Question> question = question(generator, a, byId, r.questionId());
                rows.add(List.of(a.id(), started, duration, Long.toString(a.seed()), a.retryOf() == null ? ""
                        : a.retryOf(), score, Integer.toString(n), r.questionId(),
                        r.format() == null ? "" : texts.text(r.format().labelKey()), section(index, r.section(), texts),
                        question.map(q -> q.prompt().render(texts, locale)).orElse(""),
                        question.map(q -> AnswerText.of(q.body(), p -> p.render(texts, locale))).orElse(""),
                        texts.text(r.correct() ? "csv.yes" : "csv.no"), texts.text(r.unanswered() ? "csv.yes" : "csv.no")));
            }
        }
        return rows;
    }

    /** The question as the attempt (or the attempt it retried) was made. */
    private static Optional<Question> question(QuizGenerator generator, Attempt a, Map<String, Attempt> byId, String id) {
        if (generator == null || id == null) {
            return Optional.empty();
        }
        Attempt at = a;
        for (int hops = 0; at != null && hops < 8; hops++) {
            for (Question q : generator.candidates(at.seed())) {
                if (q.id().equals(id)) {
                    return Optional.of(q);
                }
            }
            at = at.retryOf() == null ? null : byId.get(at.retryOf());
        }
        return Optional.empty();
    }

    private static String section(PackIndex index, String id, Phrase.Texts texts) {
        if (id == null) {
            return "";
        }
        Essay essay = index == null ? null : index.essay();
        if (essay == null) {
            return id;
        }
        return essay.section(id).map(s -> s.heading() == null || s.heading().isBlank()
                ? texts.text("quiz.section.opening") : s.heading()).orElse(id);
    }
}
