package org.xistudy.study.progress;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.xistudy.study.fsrs.CardState;
import org.xistudy.study.fsrs.State;

/**
 * What to study now, from the items of a pack and their progress: a snapshot, rebuilt after each
 * review.
 *
 * <p>Order: learning cards whose step is over, then review cards due today (oldest first), then
 * new cards the user asked for, then new cards in pack order up to the daily limit, then learning
 * cards due in the next {@link #LEARN_AHEAD} (rather than making the user wait at the end). The
 * other direction of a reversed card is not introduced on the day its first direction was
 * studied. Suspended items are left out, and buried ones until their study day is over.
 */
public final class StudyQueue {
    /** How far ahead a learning card may be shown when nothing else is left. */
    public static final Duration LEARN_AHEAD = Duration.ofMinutes(20);

    /** Which count an item belongs to. */
    public enum Kind { NEW, LEARNING, REVIEW }

    /** An item to show, and its kind. */
    public record Entry(StudyItem item, Kind kind) {
    }

    /** The three counts shown during study: new, learning and review cards left today. */
    public record Counts(int newCount, int learning, int review) {
        public int total() {
            return newCount + learning + review;
        }
    }

    private final List<Entry> order;
    private final Counts counts;
    private final Instant nextLater;
    private final int newStudiedToday;

    private StudyQueue(List<Entry> order, Counts counts, Instant nextLater, int newStudiedToday) {
        this.order = List.copyOf(order);
        this.counts = counts;
        this.nextLater = nextLater;
        this.newStudiedToday = newStudiedToday;
    }

    /**
     * Builds the queue.
     *
     * @param items the pack's study items, in pack order
     * @param progress the pack's progress
     * @param dailyNewLimit how many new items may be introduced per study day
     */
    public static StudyQueue build(List<StudyItem> items, PackProgress progress, Instant now, ZoneId zone,
            int dailyNewLimit) {
        Instant endOfDay = StudyDay.end(now, zone);
        LocalDate today = StudyDay.of(now, zone);
        Set<String> studiedToday = new HashSet<>();
        int newToday = 0;
        for (ReviewEntry e : progress.log()) {
            if (StudyDay.of(e.at(), zone).equals(today)) {
                studiedToday.add(e.item());
                if (e.before() == State.NEW) {
                    newToday++;
                }
            }
        }

        record Timed(StudyItem item, Instant due) {
        }
        List<Timed> learningNow = new ArrayList<>();
        List<Timed> learningLater = new ArrayList<>();
        List<Timed> reviews = new ArrayList<>();
        List<StudyItem> requested = new ArrayList<>();
        List<StudyItem> fresh = new ArrayList<>();
        int learningToday = 0;
        for (StudyItem item : items) {
            ItemProgress p = progress.item(item.key());
            if (p.suspended() || p.isBuried(now)) {
                continue;
            }
            CardState c = p.card();
            switch (c.state()) {
                case NEW:
                    if (p.requested()) {
                        requested.add(item);
                    } else {
                        fresh.add(item);
                    }
                    break;
                case LEARNING:
                case RELEARNING:
                    Instant due = c.due() == null ? now : c.due();
                    if (!due.isAfter(now)) {
                        learningNow.add(new Timed(item, due));
                    } else {
                        learningLater.add(new Timed(item, due));
                    }
                    if (due.isBefore(endOfDay)) {
                        learningToday++;
                    }
                    break;
                default:
                    Instant rd = c.due() == null ? now : c.due();
                    if (rd.isBefore(endOfDay)) {
                        reviews.add(new Timed(item, rd));
                    }
                    break;
            }
        }
        Comparator<Timed> byDue = Comparator.comparing(Timed::due);
        learningNow.sort(byDue);
        learningLater.sort(byDue);
        reviews.sort(byDue);

        // New items for today: within the limit, and not the other side of a card studied today.
        Set<String> taken = new HashSet<>(studiedToday);
        List<StudyItem> newItems = new ArrayList<>();
        for (StudyItem item : requested) {
            newItems.add(item);
            taken.add(item.key());
        }
        int room = Math.max(0, dailyNewLimit - newToday);
        for (StudyItem item : fresh) {
            if (room == 0) {
                break;
            }
            String sibling = item.siblingKey();
            if (sibling != null && taken.contains(sibling)) {
                continue;
            }
            newItems.add(item);
            taken.add(item.key());
            room--;
        }

        List<Entry> order = new ArrayList<>();
        learningNow.forEach(t -> order.add(new Entry(t.item(), Kind.LEARNING)));
        reviews.forEach(t -> order.add(new Entry(t.item(), Kind.REVIEW)));
        newItems.forEach(i -> order.add(new Entry(i, Kind.NEW)));
        Instant aheadLimit = now.plus(LEARN_AHEAD);
        Instant nextLater = null;
        for (Timed t : learningLater) {
            if (!t.due().isAfter(aheadLimit)) {
                order.add(new Entry(t.item(), Kind.LEARNING));
            } else if (nextLater == null) {
                nextLater = t.due();
            }
        }
        return new StudyQueue(order, new Counts(newItems.size(), learningToday, reviews.size()), nextLater, newToday);
    }

    /** The items to study now, in order; empty when done for now. */
    public List<Entry> order() {
        return order;
    }

    /** The next item to show, or empty when done for now. */
    public Optional<Entry> next() {
        return order.isEmpty() ? Optional.empty() : Optional.of(order.get(0));
    }

    /** The entry for an item, if it is in the queue. */
    public Optional<Entry> find(String key) {
        return order.stream().filter(e -> e.item().key().equals(key)).findFirst();
    }

    public Counts counts() {
        return counts;
    }

    /** When the next learning card beyond the learn-ahead window falls due, or null. */
    public Instant nextLearningDue() {
        return nextLater;
    }

    /** How many new items were introduced today already. */
    public int newStudiedToday() {
        return newStudiedToday;
    }
}
