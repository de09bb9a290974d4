package org.xistudy.study.quiz;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A timer that can be paused, read from a clock that is passed in, so that tests move time by
 * hand. It does nothing by itself: whoever shows it asks for {@link #remaining()}.
 */
public final class Countdown {
    private final Clock clock;
    private Duration total;
    private Duration used = Duration.ZERO;
    private Instant runningSince;

    public Countdown(Clock clock, Duration total) {
        this.clock = Objects.requireNonNull(clock);
        this.total = Objects.requireNonNull(total);
    }

    /** Starts or resumes. */
    public void start() {
        if (runningSince == null) {
            runningSince = clock.instant();
        }
    }

    /** Stops the time; {@link #start()} carries on from here. */
    public void pause() {
        if (runningSince != null) {
            used = used.plus(Duration.between(runningSince, clock.instant()));
            runningSince = null;
        }
    }

    /** Starts again from the full time, stopped. */
    public void reset(Duration newTotal) {
        total = Objects.requireNonNull(newTotal);
        used = Duration.ZERO;
        runningSince = null;
    }

    public boolean isRunning() {
        return runningSince != null;
    }

    public Duration total() {
        return total;
    }

    /** The time used so far. */
    public Duration elapsed() {
        Duration d = used;
        if (runningSince != null) {
            d = d.plus(Duration.between(runningSince, clock.instant()));
        }
        return d.isNegative() ? Duration.ZERO : d;
    }

    /** The time left, never below zero. */
    public Duration remaining() {
        Duration left = total.minus(elapsed());
        return left.isNegative() ? Duration.ZERO : left;
    }

    public boolean isExpired() {
        return remaining().isZero();
    }
}
