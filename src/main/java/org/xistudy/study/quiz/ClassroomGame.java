package org.xistudy.study.quiz;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A quiz run by a teacher in front of a class, with teams scoring on the teacher's word. The
 * teacher steps through each question: the question, then (if set) a countdown that can be
 * paused, then the answer with its explanation and the tally; after the last answer, the podium.
 * Points are given per team and per question; each team's last point can be taken back.
 */
public final class ClassroomGame {

    public static final int MIN_TEAMS = 2;
    public static final int MAX_TEAMS = 6;

    /** What the room sees. */
    public enum Phase { QUESTION, COUNTDOWN, REVEAL, PODIUM }

    /** A team's place: {@code rank} 1 for the best; teams with equal points share a rank. */
    public record Standing(int rank, int team, String name, int points) {
    }

    private final List<Question> questions;
    private final List<String> teams;
    private final Duration countdownTime;
    private final Countdown countdown;
    private final int[][] points;
    private final List<Deque<Integer>> awards = new ArrayList<>();
    private Phase phase = Phase.QUESTION;
    private int index;

    /**
     * @param countdownTime the time each question gets before its answer, or zero for none
     */
    public ClassroomGame(List<Question> questions, List<String> teams, Duration countdownTime, Clock clock) {
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("a class quiz needs at least one question");
        }
        if (teams.size() < MIN_TEAMS || teams.size() > MAX_TEAMS) {
            throw new IllegalArgumentException("a class quiz has " + MIN_TEAMS + " to " + MAX_TEAMS + " teams");
        }
        this.questions = List.copyOf(questions);
        this.teams = List.copyOf(teams);
        this.countdownTime = countdownTime == null || countdownTime.isNegative() ? Duration.ZERO : countdownTime;
        this.countdown = new Countdown(Objects.requireNonNull(clock), this.countdownTime);
        this.points = new int[teams.size()][questions.size()];
        for (int i = 0; i < teams.size(); i++) {
            awards.add(new ArrayDeque<>());
        }
    }

    public Phase phase() {
        return phase;
    }

    public int index() {
        return index;
    }

    public int size() {
        return questions.size();
    }

    public List<Question> questions() {
        return questions;
    }

    public Question current() {
        return questions.get(index);
    }

    public List<String> teams() {
        return teams;
    }

    public boolean hasCountdown() {
        return !countdownTime.isZero();
    }

    public Countdown countdown() {
        return countdown;
    }

    /** Forward one step: question, countdown, answer, next question... podium. */
    public void next() {
        switch (phase) {
            case QUESTION:
                if (hasCountdown()) {
                    countdown.reset(countdownTime);
                    countdown.start();
                    phase = Phase.COUNTDOWN;
                } else {
                    phase = Phase.REVEAL;
                }
                break;
            case COUNTDOWN:
                countdown.pause();
                phase = Phase.REVEAL;
                break;
            case REVEAL:
                if (index + 1 < questions.size()) {
                    index++;
                    phase = Phase.QUESTION;
                } else {
                    phase = Phase.PODIUM;
                }
                break;
            default:
                break;
        }
    }

    /** Back one step; the countdown starts again from the full time when it is reached again. */
    public void previous() {
        switch (phase) {
            case COUNTDOWN:
                countdown.reset(countdownTime);
                phase = Phase.QUESTION;
                break;
            case REVEAL:
                phase = Phase.QUESTION;
                break;
            case QUESTION:
                if (index > 0) {
                    index--;
                    phase = Phase.REVEAL;
                }
                break;
            case PODIUM:
                phase = Phase.REVEAL;
                break;
            default:
                break;
        }
    }

    /** Pauses or resumes the countdown; returns whether it now runs. */
    public boolean togglePause() {
        if (phase != Phase.COUNTDOWN || countdown.isExpired()) {
            return countdown.isRunning();
        }
        if (countdown.isRunning()) {
            countdown.pause();
        } else {
            countdown.start();
        }
        return countdown.isRunning();
    }

    /** Whether the countdown of the current question has run out. */
    public boolean timeIsUp() {
        return phase == Phase.COUNTDOWN && countdown.isExpired();
    }

    /** Gives a team one point for the current question. Not on the podium. */
    public boolean award(int team) {
        if (!validTeam(team) || phase == Phase.PODIUM) {
            return false;
        }
        points[team][index]++;
        awards.get(team).push(index);
        return true;
    }

    /** Takes back the team's last point, whichever question it was for. */
    public boolean undo(int team) {
        if (!validTeam(team) || awards.get(team).isEmpty()) {
            return false;
        }
        int q = awards.get(team).pop();
        points[team][q]--;
        return true;
    }

    private boolean validTeam(int team) {
        return team >= 0 && team < teams.size();
    }

    /** A team's points for one question. */
    public int points(int team, int question) {
        return points[team][question];
    }

    public int total(int team) {
        int sum = 0;
        for (int p : points[team]) {
            sum += p;
        }
        return sum;
    }

    /** The teams from most points to fewest; equal points share a rank (1, 1, 3). */
    public List<Standing> standings() {
        List<Standing> raw = new ArrayList<>();
        for (int t = 0; t < teams.size(); t++) {
            raw.add(new Standing(0, t, teams.get(t), total(t)));
        }
        raw.sort(Comparator.comparingInt(Standing::points).reversed().thenComparingInt(Standing::team));
        List<Standing> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            Standing s = raw.get(i);
            int rank = i > 0 && raw.get(i - 1).points() == s.points() ? out.get(i - 1).rank() : i + 1;
            out.add(new Standing(rank, s.team(), s.name(), s.points()));
        }
        return out;
    }

    /** The team that gets a point for a key such as 1 to 6; empty for other keys. */
    public Optional<Integer> teamForDigit(int digit) {
        return digit >= 1 && digit <= teams.size() ? Optional.of(digit - 1) : Optional.empty();
    }
}
