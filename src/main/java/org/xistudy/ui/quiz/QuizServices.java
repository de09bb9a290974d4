package org.xistudy.ui.quiz;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.xistudy.content.PackIndex;
import org.xistudy.study.quiz.QuizHistory;
import org.xistudy.study.quiz.QuizHistoryFile;
import org.xistudy.ui.AppContext;

/**
 * Where the quiz view finds what it depends on: the clock (tests register their own), the
 * history files, and the flashcards' scheduler for missed cards.
 */
final class QuizServices {
    private QuizServices() {
    }

    static <T> T optional(AppContext context, Class<T> type) {
        try {
            return context.service(type);
        } catch (IllegalStateException e) {
            return null;
        }
    }

    /** The clock registered as a service (tests move it by hand), else the system clock. */
    static Clock clock(AppContext context) {
        Clock c = optional(context, Clock.class);
        return c != null ? c : Clock.systemDefaultZone();
    }

    static LongSupplier seeds(AppContext context) {
        SecureRandom random = new SecureRandom();
        return random::nextLong;
    }

    /** Opens the stored quiz history of a pack, in the user's data folder. */
    static Function<PackIndex, QuizHistory> histories(AppContext context) {
        return index -> QuizHistoryFile.open(context.dataDir(), index.pack().id());
    }

    /**
     * Where missed cards go: the flashcards' study service, unless another {@link MissesToStudy}
     * is registered (tests count the cards instead). Looked up at each use.
     */
    static Supplier<MissesToStudy> study(AppContext context) {
        StudyCardsLink cards = new StudyCardsLink(context);
        return () -> {
            MissesToStudy registered = optional(context, MissesToStudy.class);
            return registered != null ? registered : cards;
        };
    }
}
