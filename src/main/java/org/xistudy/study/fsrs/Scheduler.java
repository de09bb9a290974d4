package org.xistudy.study.fsrs;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The FSRS-6 scheduler, written from the published algorithm (the FSRS wiki's "The Algorithm",
 * and the behaviour of py-fsrs 6 and ts-fsrs 5, whose test vectors {@code FsrsReferenceTest}
 * reproduces).
 *
 * <p>Memory is two numbers: stability S (days until the probability of recall falls to 90%) and
 * difficulty D (1 to 10). The probability of recall after t days is
 * {@code R(t) = (1 + F·t/S)^-w20} with {@code F = 0.9^(-1/w20) - 1}. A review updates S and D by
 * the grade; the next interval is the t at which R falls to the desired retention.
 *
 * <p>Where the reference implementations differ: elapsed days are whole days of elapsed time
 * and a review under one day after the last is a same-day review (py-fsrs; ts-fsrs counts
 * calendar days); intervals round half to even (py-fsrs); a same-day Hard does not lower
 * stability, a review card's Hard, Good and Easy intervals are kept in order, and stability is
 * at most 36500 days (ts-fsrs 5, fsrs-rs); Hard in a learning step waits the mean of the first
 * two steps, or the current step again, to the second (py-fsrs; ts-fsrs rounds to whole minutes
 * and waits less).
 * Fuzz picks uniformly from the py-fsrs and ts-fsrs ranges, with a seed the caller gives, so a
 * preview and the review it previews agree.
 *
 * <p>Pure and immutable; safe to share.
 */
public final class Scheduler {
    /** The smallest stability, as in py-fsrs ({@code STABILITY_MIN}). */
    public static final double STABILITY_MIN = 0.001;
    /** The largest stability, as in fsrs-rs and ts-fsrs (100 years). */
    public static final double STABILITY_MAX = 36500;
    private static final long DAY_SECONDS = 86_400;

    private final Settings settings;
    private final double[] w;
    private final double decay;
    private final double factor;

    public Scheduler(Settings settings) {
        this.settings = settings;
        this.w = settings.parameters();
        this.decay = -w[20];
        this.factor = Math.pow(0.9, 1 / decay) - 1;
    }

    public Settings settings() {
        return settings;
    }

    /** Whole days from {@code from} to {@code to}, rounded down (negative when {@code to} is earlier). */
    public static long elapsedDays(Instant from, Instant to) {
        return Math.floorDiv(Duration.between(from, to).getSeconds(), DAY_SECONDS);
    }

    /** The probability of recalling the card at {@code now}; 0 for a card never reviewed. */
    public double retrievability(CardState card, Instant now) {
        if (card.lastReview() == null || card.stability() <= 0) {
            return 0;
        }
        long t = Math.max(0, elapsedDays(card.lastReview(), now));
        return forgettingCurve(t, card.stability());
    }

    /** R after {@code days} for stability {@code s}. */
    public double forgettingCurve(double days, double s) {
        return Math.pow(1 + factor * days / s, decay);
    }

    /** The next interval in days for stability {@code s}, before fuzz: at least 1, at most the maximum. */
    public int intervalDays(double s) {
        double days = s / factor * (Math.pow(settings.desiredRetention(), 1 / decay) - 1);
        long rounded = (long) Math.rint(days);
        return (int) Math.min(Math.max(rounded, 1), settings.maximumInterval());
    }

    /** What each of the four ratings would do to the card now (for the answer buttons). */
    public Map<Rating, CardState> preview(CardState card, Instant now, long fuzzSeed) {
        Map<Rating, CardState> out = new EnumMap<>(Rating.class);
        for (Rating r : Rating.values()) {
            out.put(r, review(card, r, now, fuzzSeed));
        }
        return out;
    }

    /** Reviews with fuzz seeded from the card's own history. */
    public CardState review(CardState card, Rating rating, Instant now) {
        return review(card, rating, now, card.reps() * 1_000_003L + (card.lastReview() == null ? 0
                : card.lastReview().getEpochSecond()));
    }

    /**
     * The card after being reviewed with {@code rating} at {@code now}.
     *
     * @param fuzzSeed picks the fuzz when fuzz is on; the same seed gives the same interval
     */
    public CardState review(CardState card, Rating rating, Instant now, long fuzzSeed) {
        boolean sameDay = card.lastReview() != null && elapsedDays(card.lastReview(), now) < 1;
        double s;
        double d;
        if (card.state() == State.NEW || card.stability() <= 0 || card.difficulty() <= 0) {
            s = initialStability(rating);
            d = clampDifficulty(initialDifficulty(rating));
        } else {
            s = sameDay ? shortTermStability(card.stability(), rating)
                    : nextStability(card.difficulty(), card.stability(), retrievability(card, now), rating);
            d = nextDifficulty(card.difficulty(), rating);
        }

        Outcome next;
        int lapses = card.lapses();
        switch (card.state()) {
            case REVIEW:
                if (rating == Rating.AGAIN) {
                    lapses++;
                    next = settings.relearningSteps().isEmpty() ? graduate(s)
                            : new Outcome(State.RELEARNING, 0, settings.relearningSteps().get(0));
                } else {
                    return new CardState(State.REVIEW, null, s, d,
                            now.plus(Duration.ofDays(orderedReviewDays(card, rating, now, sameDay, fuzzSeed))), now,
                            card.reps() + 1, lapses);
                }
                break;
            case RELEARNING:
                next = step(settings.relearningSteps(), State.RELEARNING, stepOf(card), rating, s);
                break;
            default: // NEW and LEARNING
                next = step(settings.learningSteps(), State.LEARNING, stepOf(card), rating, s);
                break;
        }
        Duration wait = next.delay;
        if (settings.fuzz() && next.state == State.REVIEW) {
            wait = Duration.ofDays(fuzzedDays(wait.toDays(), fuzzSeed));
        }
        return new CardState(next.state, next.step, s, d, now.plus(wait), now, card.reps() + 1, lapses);
    }

    /**
     * The interval of a recalled review card. As in ts-fsrs, Hard is never longer than Good, and
     * Good and Easy are each at least a day longer than the rating below.
     */
    private long orderedReviewDays(CardState card, Rating rating, Instant now, boolean sameDay, long seed) {
        long[] days = new long[3];
        for (Rating r : List.of(Rating.HARD, Rating.GOOD, Rating.EASY)) {
            double s = sameDay ? shortTermStability(card.stability(), r)
                    : nextStability(card.difficulty(), card.stability(), retrievability(card, now), r);
            long ivl = intervalDays(s);
            days[r.ordinal() - 1] = settings.fuzz() ? fuzzedDays(ivl, seed) : ivl;
        }
        long hard = Math.min(days[0], days[1]);
        long good = Math.max(days[1], hard + 1);
        long easy = Math.max(days[2], good + 1);
        long chosen = rating == Rating.HARD ? hard : rating == Rating.GOOD ? good : easy;
        return Math.min(chosen, settings.maximumInterval());
    }

    private static int stepOf(CardState card) {
        return card.step() == null ? 0 : card.step();
    }

    private record Outcome(State state, Integer step, Duration delay) {
    }

    private Outcome graduate(double s) {
        return new Outcome(State.REVIEW, null, Duration.ofDays(intervalDays(s)));
    }

    /** Moves through learning or relearning steps. */
    private Outcome step(List<Duration> steps, State stepping, int step, Rating rating, double s) {
        if (steps.isEmpty() || (step >= steps.size() && rating != Rating.AGAIN)) {
            // No steps, or fewer than when the card was scheduled: it has done them all.
            return graduate(s);
        }
        switch (rating) {
            case AGAIN:
                return new Outcome(stepping, 0, steps.get(0));
            case HARD:
                Duration wait;
                if (step == 0 && steps.size() == 1) {
                    wait = steps.get(0).multipliedBy(3).dividedBy(2);
                } else if (step == 0) {
                    wait = steps.get(0).plus(steps.get(1)).dividedBy(2);
                } else {
                    wait = steps.get(step);
                }
                return new Outcome(stepping, step, wait);
            case GOOD:
                return step + 1 == steps.size() ? graduate(s) : new Outcome(stepping, step + 1, steps.get(step + 1));
            default:
                return graduate(s);
        }
    }

    double initialStability(Rating r) {
        return clampStability(w[r.grade() - 1]);
    }

    private static double clampStability(double s) {
        return Math.min(Math.max(s, STABILITY_MIN), STABILITY_MAX);
    }

    /** D0(G) = w4 - e^(w5·(G-1)) + 1, not clamped. */
    double initialDifficulty(Rating r) {
        return w[4] - Math.exp(w[5] * (r.grade() - 1)) + 1;
    }

    private static double clampDifficulty(double d) {
        return Math.min(Math.max(d, 1), 10);
    }

    /**
     * D' = w7·D0(Easy) + (1 - w7)·(D + ΔD·(10 - D)/9) with ΔD = -w6·(G - 3), clamped to 1..10.
     * The mean-reversion target D0(Easy) is not clamped.
     */
    double nextDifficulty(double d, Rating r) {
        double delta = -w[6] * (r.grade() - 3);
        double damped = d + delta * (10 - d) / 9;
        return clampDifficulty(w[7] * initialDifficulty(Rating.EASY) + (1 - w[7]) * damped);
    }

    /**
     * Same-day review: S' = S · e^(w17·(G - 3 + w18)) · S^-w19. A recalled card (Hard, Good or
     * Easy) never loses stability, as in ts-fsrs 5.
     */
    double shortTermStability(double s, Rating r) {
        double increase = Math.exp(w[17] * (r.grade() - 3 + w[18])) * Math.pow(s, -w[19]);
        if (r.recalled()) {
            increase = Math.max(increase, 1);
        }
        return clampStability(s * increase);
    }

    double nextStability(double d, double s, double retrievability, Rating r) {
        double next = r == Rating.AGAIN ? forgetStability(d, s, retrievability) : recallStability(d, s, retrievability, r);
        return clampStability(next);
    }

    /** After a lapse: w11·D^-w12·((S+1)^w13 - 1)·e^(w14·(1-R)), but no more than S / e^(w17·w18). */
    private double forgetStability(double d, double s, double r) {
        double longTerm = w[11] * Math.pow(d, -w[12]) * (Math.pow(s + 1, w[13]) - 1) * Math.exp((1 - r) * w[14]);
        double shortTerm = s / Math.exp(w[17] * w[18]);
        return Math.min(longTerm, shortTerm);
    }

    /** After recall: S·(1 + e^w8·(11-D)·S^-w9·(e^(w10·(1-R)) - 1)·penalty·bonus). */
    private double recallStability(double d, double s, double r, Rating rating) {
        double hardPenalty = rating == Rating.HARD ? w[15] : 1;
        double easyBonus = rating == Rating.EASY ? w[16] : 1;
        return s * (1 + Math.exp(w[8]) * (11 - d) * Math.pow(s, -w[9]) * (Math.exp((1 - r) * w[10]) - 1)
                * hardPenalty * easyBonus);
    }

    /** The fuzz ranges of py-fsrs and ts-fsrs: ±15% from 2.5 to 7 days, ±10% to 20, ±5% beyond, plus 1 day. */
    int[] fuzzRange(long days) {
        double delta = 1.0;
        delta += 0.15 * Math.max(Math.min(days, 7.0) - 2.5, 0);
        delta += 0.10 * Math.max(Math.min(days, 20.0) - 7.0, 0);
        delta += 0.05 * Math.max(days - 20.0, 0);
        long min = Math.max(2, (long) Math.rint(days - delta));
        long max = Math.min((long) Math.rint(days + delta), settings.maximumInterval());
        min = Math.min(min, max);
        return new int[] {(int) min, (int) max};
    }

    private long fuzzedDays(long days, long seed) {
        if (days < 3) {
            return days;
        }
        int[] range = fuzzRange(days);
        double u = new SplittableRandom(seed).nextDouble();
        long fuzzed = range[0] + (long) Math.floor(u * (range[1] - range[0] + 1));
        return Math.min(fuzzed, settings.maximumInterval());
    }
}
