package org.xistudy.study.quiz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.xistudy.study.storage.JsonStore;

/**
 * The quiz history of one pack in the user's data folder, in {@code quiz/<pack id>.history.json},
 * kept with the same crash-safe store as study progress: each attempt is written atomically and
 * durably before {@link #add} returns; a damaged file is moved aside, never overwritten; a file
 * from a newer version of the app is left alone and nothing is written over it.
 */
public final class QuizHistoryFile implements QuizHistory {
    /** What the file holds, for the store's envelope. */
    public static final String KIND = "xi-policy-study/quiz-history";
    /** The format version written. */
    public static final int VERSION = 1;

    /** The stored value: the pack's id and its attempts. */
    static final class Data {
        String packId;
        List<Attempt> attempts = new ArrayList<>();
    }

    private final JsonStore<Data> store;
    private final Data data;
    private final Problem problem;
    private final boolean writable;

    private QuizHistoryFile(JsonStore<Data> store, String packId) {
        this.store = store;
        JsonStore.Result<Data> r = store.load();
        Data d = r.value();
        if (d.packId == null) {
            d.packId = packId;
        }
        this.data = d;
        this.writable = r.canSave();
        this.problem = switch (r.status()) {
            case QUARANTINED -> new Problem(Problem.Kind.DAMAGED, r.movedTo(), r.problem());
            case REFUSED -> new Problem(r.isNewerVersion() ? Problem.Kind.NEWER : Problem.Kind.UNREADABLE, null,
                    r.problem());
            default -> null;
        };
    }

    /** Opens (or starts) the history of a pack under the data folder. Never throws for bad files. */
    public static QuizHistoryFile open(Path dataDir, String packId) {
        return new QuizHistoryFile(JsonStore.builder(file(dataDir, packId), Data.class).kind(KIND).version(VERSION)
                .fresh(Data::new).check(QuizHistoryFile::tidy).build(), packId);
    }

    /** Where a pack's history is kept. Pack ids are made safe as file names, and kept apart. */
    public static Path file(Path dataDir, String packId) {
        String safe = packId.replaceAll("[^A-Za-z0-9._-]", "_");
        if (!safe.equals(packId) || safe.startsWith(".")) {
            safe = safe + "-" + Integer.toHexString(packId.hashCode());
        }
        return dataDir.resolve("quiz").resolve(safe + ".history.json");
    }

    /** Drops entries a damaged or hand-edited file might hold that cannot be shown. */
    private static Data tidy(Data d) {
        List<Attempt> ok = new ArrayList<>();
        if (d.attempts != null) {
            for (Attempt a : d.attempts) {
                if (a != null && a.id() != null && a.results().stream().allMatch(Objects::nonNull)) {
                    ok.add(a);
                }
            }
        }
        ok.sort(Comparator.comparingLong(Attempt::startedAt));
        d.attempts = ok;
        return d;
    }

    @Override
    public List<Attempt> attempts() {
        return List.copyOf(data.attempts);
    }

    /**
     * Reads the file again, adds the attempt and writes it back, so that a second copy of the app
     * that added attempts meanwhile does not lose them (writes take milliseconds and come once
     * per quiz, so two copies practically never write at the same moment).
     */
    @Override
    public synchronized void add(Attempt attempt) throws IOException {
        if (!writable) {
            throw new IOException("the history file " + store.file() + " is not written: "
                    + (problem == null ? "it was refused" : problem.detail()));
        }
        Files.createDirectories(store.file().getParent());
        JsonStore.Result<Data> latest = store.load();
        if (!latest.canSave()) {
            throw new IOException("the history file " + store.file() + " is not written: " + latest.problem());
        }
        Data next = latest.value();
        if (next.packId == null) {
            next.packId = data.packId;
        }
        if (next.attempts.stream().noneMatch(a -> a.id().equals(attempt.id()))) {
            next.attempts.add(attempt);
        }
        next.attempts.sort(Comparator.comparingLong(Attempt::startedAt));
        store.save(next);
        data.attempts = next.attempts;
    }

    @Override
    public Optional<Problem> problem() {
        return Optional.ofNullable(problem);
    }
}
