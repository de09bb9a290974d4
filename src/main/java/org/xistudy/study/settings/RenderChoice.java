package org.xistudy.study.settings;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What an earlier start learnt about drawing on this system: whether JavaFX found no usable GPU
 * pipeline there and drew in software. JavaFX tries its GPU pipeline first at every start; where
 * that fails (no OpenGL driver it accepts, as on the project machine) the attempt costs about
 * 150 ms and 60 MB of memory (the GL driver's libraries) before it falls back to software
 * (bench/README.md, "Start-up"). A start that knows the outcome can ask for software at once.
 *
 * @param system   the system and display this was learnt on; another one tries the GPU again
 * @param software true when the GPU pipeline was not used
 * @param learnt   when it was learnt (ISO-8601); after {@link #TRY_AGAIN} the GPU is tried again,
 *                 in case a driver has been installed meanwhile
 */
public record RenderChoice(String system, boolean software, String learnt) {
    /** How long a start asks for software before it lets JavaFX try the GPU again. */
    public static final Duration TRY_AGAIN = Duration.ofDays(14);

    /** Nothing learnt yet. */
    public static RenderChoice none() {
        return new RenderChoice(null, false, null);
    }

    /**
     * Whether a start on {@code onSystem} at {@code now} should ask for software at once: only
     * when software was all this system had, learnt on the same system less than
     * {@link #TRY_AGAIN} ago, and not when the user chose a pipeline ({@code userChoice}, the
     * {@code prism.order} property, not null).
     */
    public boolean softwareAtOnce(String onSystem, Instant now, String userChoice) {
        if (userChoice != null || !software || !Objects.equals(system, onSystem) || learnt == null) {
            return false;
        }
        try {
            Instant when = Instant.parse(learnt);
            return !when.isAfter(now) && Duration.between(when, now).compareTo(TRY_AGAIN) < 0;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** What a start that let JavaFX choose learnt: {@code software} true when no GPU pipeline was used. */
    public static RenderChoice learnt(String onSystem, boolean software, Instant now) {
        return new RenderChoice(onSystem, software, now.toString());
    }
}
