package org.xistudy.study.lessons;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.xistudy.study.lessons.LessonCommand.Simple;

/**
 * The presentation keys, the same as a presentation program's, so that a clicker works (clickers
 * send Page Down and Page Up, some B or {@code .} for a black screen). Keys are named as JavaFX
 * names its key codes ({@code KeyCode.name()}: {@code PAGE_DOWN}, {@code DIGIT3}, {@code PERIOD}),
 * which keeps this class free of JavaFX.
 *
 * <table>
 * <caption>Keys</caption>
 * <tr><td>Page Down, Space, N, Enter, →, ↓</td><td>forward (Enter with a typed number: go to that step)</td></tr>
 * <tr><td>Page Up, P, Backspace, ←, ↑</td><td>back</td></tr>
 * <tr><td>Home, End</td><td>first, last step</td></tr>
 * <tr><td>digits, then Enter</td><td>go to that step</td></tr>
 * <tr><td>B or {@code .}</td><td>black screen, or back</td></tr>
 * <tr><td>W or {@code ,}</td><td>white screen, or back</td></tr>
 * </table>
 *
 * <p>On a quiz step with a running game the classroom quiz's keys apply instead: 1–6 give a team
 * a point, Shift+1–6 take its last point back, and P pauses the countdown (Page Up, Backspace, ←
 * still go back). Esc, to leave, is the UI's.
 */
public final class LessonKeys {
    private static final Map<String, Simple> KEYS = Map.ofEntries(
            Map.entry("PAGE_DOWN", Simple.NEXT), Map.entry("SPACE", Simple.NEXT), Map.entry("N", Simple.NEXT),
            Map.entry("RIGHT", Simple.NEXT), Map.entry("DOWN", Simple.NEXT), Map.entry("KP_RIGHT", Simple.NEXT),
            Map.entry("KP_DOWN", Simple.NEXT), Map.entry("ENTER", Simple.ENTER),
            Map.entry("PAGE_UP", Simple.PREVIOUS), Map.entry("P", Simple.PREVIOUS),
            Map.entry("BACK_SPACE", Simple.PREVIOUS), Map.entry("LEFT", Simple.PREVIOUS),
            Map.entry("UP", Simple.PREVIOUS), Map.entry("KP_LEFT", Simple.PREVIOUS), Map.entry("KP_UP", Simple.PREVIOUS),
            Map.entry("HOME", Simple.FIRST), Map.entry("END", Simple.LAST),
            Map.entry("B", Simple.BLACK), Map.entry("PERIOD", Simple.BLACK),
            Map.entry("W", Simple.WHITE), Map.entry("COMMA", Simple.WHITE));

    private LessonKeys() {
    }

    /**
     * The command for a key.
     *
     * @param keyCode the key's JavaFX {@code KeyCode} name
     * @param shift whether Shift is down
     * @param onQuiz whether the run is on a quiz step with a game ({@link LessonRun#game()} present)
     */
    public static Optional<LessonCommand> command(String keyCode, boolean shift, boolean onQuiz) {
        if (keyCode == null) {
            return Optional.empty();
        }
        String key = keyCode.toUpperCase(Locale.ROOT);
        Optional<Integer> digit = digit(key);
        if (digit.isPresent()) {
            if (onQuiz) {
                int d = digit.get();
                if (d < 1) {
                    return Optional.empty();
                }
                return Optional.of(shift ? new LessonCommand.TakeBack(d - 1) : new LessonCommand.Award(d - 1));
            }
            return shift ? Optional.empty() : Optional.of(new LessonCommand.Digit(digit.get()));
        }
        if (onQuiz && key.equals("P")) {
            return Optional.of(Simple.PAUSE_COUNTDOWN);
        }
        return Optional.ofNullable(KEYS.get(key));
    }

    /** The digit of DIGIT0…DIGIT9 or NUMPAD0…NUMPAD9. */
    private static Optional<Integer> digit(String key) {
        for (String prefix : new String[] {"DIGIT", "NUMPAD"}) {
            if (key.length() == prefix.length() + 1 && key.startsWith(prefix) && Character.isDigit(key.charAt(key.length() - 1))) {
                return Optional.of(key.charAt(key.length() - 1) - '0');
            }
        }
        return Optional.empty();
    }
}
