package org.xistudy.ui.common;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.UnaryOperator;
import org.xistudy.study.settings.RenderChoice;
import org.xistudy.study.settings.RenderChoiceFile;

/**
 * Asks JavaFX for its software pipeline at once where an earlier start learnt that the GPU
 * pipeline cannot be used on this system ({@link RenderChoice}); anywhere else JavaFX chooses as
 * usual, and what it chose is learnt for the next start. {@link #beforeLaunch} must run before
 * the toolkit starts, {@link #learn} once it has.
 */
public final class RenderPipeline {
    /** JavaFX's own property for the pipelines to try, in order. */
    public static final String ORDER = "prism.order";

    private final RenderChoiceFile file;
    private final String system;
    private final Clock clock;
    private RenderChoice saved = RenderChoice.none();
    private boolean askedForSoftware;
    private boolean userChose;

    public RenderPipeline(Path dataDir) {
        this(new RenderChoiceFile(dataDir), systemStamp(System::getenv), Clock.systemUTC());
    }

    RenderPipeline(RenderChoiceFile file, String system, Clock clock) {
        this.file = file;
        this.system = system;
        this.clock = clock;
    }

    /**
     * What drawing depends on: the system and its version, and the display (another X display, or
     * Wayland, may have another driver). Not the Java runtime: the plain jar and the installed
     * app share the data folder, and JavaFX looks for the same drivers in both.
     */
    static String systemStamp(UnaryOperator<String> environment) {
        return System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch") + " display=" + environment.apply("DISPLAY") + " wayland="
                + environment.apply("WAYLAND_DISPLAY");
    }

    /** Sets {@value #ORDER} to software when an earlier start learnt that nothing else works here. */
    public void beforeLaunch() {
        String chosen = System.getProperty(ORDER);
        userChose = chosen != null;
        saved = file.load();
        askedForSoftware = saved.softwareAtOnce(system, clock.instant(), chosen);
        if (askedForSoftware) {
            System.setProperty(ORDER, "sw");
        }
    }

    /** Whether {@link #beforeLaunch} asked for software. */
    public boolean askedForSoftware() {
        return askedForSoftware;
    }

    /**
     * Once the toolkit is up: when JavaFX chose by itself, saves whether it ended with software
     * ({@code software}: it supports no 3D scenes, which every GPU pipeline does). Returns what to
     * save, or null when there is nothing new (the caller writes it off the FX thread).
     */
    public RenderChoice learn(boolean software) {
        if (askedForSoftware || userChose) {
            return null; // nothing learnt: JavaFX was not let choose
        }
        if (!software && !saved.software() && system.equals(saved.system())) {
            return null; // the GPU, as before
        }
        return RenderChoice.learnt(system, software, clock.instant());
    }

    /** Writes what {@link #learn} returned. */
    public void save(RenderChoice choice) {
        file.save(choice);
    }
}
