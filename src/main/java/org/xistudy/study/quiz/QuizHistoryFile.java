package org.xistudy.study.quiz;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** TEMPORARY in-memory history until the crash-safe store is merged from the cards branch. */
public final class QuizHistoryFile implements QuizHistory {
    private final List<Attempt> attempts = new ArrayList<>();

    public static QuizHistoryFile open(Path dataDir, String packId) {
        return new QuizHistoryFile();
    }

    @Override
    public List<Attempt> attempts() {
        return List.copyOf(attempts);
    }

    @Override
    public void add(Attempt attempt) {
        attempts.add(attempt);
    }

    @Override
    public Optional<String> problem() {
        return Optional.empty();
    }
}
