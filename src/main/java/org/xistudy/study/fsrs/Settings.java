package org.xistudy.study.fsrs;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The scheduler's settings. {@link #defaults()} are those of py-fsrs and ts-fsrs for FSRS-6: the
 * 21 default parameters, desired retention 0.9, learning steps 1 and 10 minutes, one relearning
 * step of 10 minutes, a maximum interval of 36500 days, and fuzz on.
 *
 * @param parameters the 21 FSRS-6 weights w0..w20
 * @param desiredRetention the probability of recall the intervals aim at, between 0 and 1
 * @param learningSteps the waits between reviews of a new card before it graduates
 * @param relearningSteps the waits between reviews of a forgotten card
 * @param maximumInterval the longest interval, in days
 * @param fuzz whether review intervals of 3 days and more are spread a little at random, so
 *     cards learned together do not stay together
 */
public record Settings(double[] parameters, double desiredRetention, List<Duration> learningSteps,
        List<Duration> relearningSteps, int maximumInterval, boolean fuzz) {

    /** The FSRS-6 default parameters (py-fsrs {@code DEFAULT_PARAMETERS}, ts-fsrs {@code default_w}). */
    public static final double[] DEFAULT_PARAMETERS = {
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    };

    public Settings {
        if (parameters == null || parameters.length != 21) {
            throw new IllegalArgumentException("FSRS-6 needs 21 parameters");
        }
        for (double p : parameters) {
            if (!Double.isFinite(p)) {
                throw new IllegalArgumentException("parameters must be finite numbers");
            }
        }
        if (parameters[20] <= 0) {
            throw new IllegalArgumentException("the decay parameter w20 must be positive");
        }
        if (!(desiredRetention > 0 && desiredRetention < 1)) {
            throw new IllegalArgumentException("desired retention must be between 0 and 1, not " + desiredRetention);
        }
        if (maximumInterval < 1) {
            throw new IllegalArgumentException("the maximum interval must be at least 1 day");
        }
        parameters = parameters.clone();
        learningSteps = List.copyOf(learningSteps);
        relearningSteps = List.copyOf(relearningSteps);
    }

    public static Settings defaults() {
        return new Settings(DEFAULT_PARAMETERS, 0.9, List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)),
                List.of(Duration.ofMinutes(10)), 36500, true);
    }

    @Override
    public double[] parameters() {
        return parameters.clone();
    }

    public Settings withFuzz(boolean on) {
        return new Settings(parameters, desiredRetention, learningSteps, relearningSteps, maximumInterval, on);
    }

    public Settings withDesiredRetention(double r) {
        return new Settings(parameters, r, learningSteps, relearningSteps, maximumInterval, fuzz);
    }

    public Settings withMaximumInterval(int days) {
        return new Settings(parameters, desiredRetention, learningSteps, relearningSteps, days, fuzz);
    }

    public Settings withParameters(double[] w) {
        return new Settings(w, desiredRetention, learningSteps, relearningSteps, maximumInterval, fuzz);
    }

    public Settings withSteps(List<Duration> learning, List<Duration> relearning) {
        return new Settings(parameters, desiredRetention, learning, relearning, maximumInterval, fuzz);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Settings s && Arrays.equals(parameters, s.parameters)
                && desiredRetention == s.desiredRetention && learningSteps.equals(s.learningSteps)
                && relearningSteps.equals(s.relearningSteps) && maximumInterval == s.maximumInterval && fuzz == s.fuzz;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(parameters) * 31 + Objects.hash(desiredRetention, learningSteps,
                relearningSteps, maximumInterval, fuzz);
    }

    @Override
    public String toString() {
        return "Settings[retention=" + desiredRetention + ", learning=" + learningSteps + ", relearning="
                + relearningSteps + ", maximumInterval=" + maximumInterval + ", fuzz=" + fuzz + "]";
    }
}
