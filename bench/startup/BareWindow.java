import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The baseline of the start-up benchmark: the simplest JavaFX program (one Stage, one Label,
 * 1280x800). It prints the same line as the app's start-up probe (milliseconds from
 * XISTUDY_STARTUP_T0 to its first frame, and its resident memory then) and exits. The main class
 * does not extend Application, so that it starts with JavaFX on the class path, as the app does.
 */
public class BareWindow {

    /** The window. */
    public static class Window extends Application {
        private boolean done;

        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(new Label("Hello")), 1280, 800);
            scene.addPostLayoutPulseListener(() -> {
                if (!done && stage.isShowing()) {
                    done = true;
                    long t0 = Long.parseLong(System.getenv().getOrDefault("XISTUDY_STARTUP_T0",
                            Long.toString(ManagementFactory.getRuntimeMXBean().getStartTime())));
                    long ms = System.currentTimeMillis() - t0;
                    System.out.println("startup-probe first-frame-ms=" + ms + " content-ms=" + ms + " rss-kb=" + rssKb());
                    System.out.flush();
                    Platform.runLater(() -> System.exit(0));
                }
            });
            stage.setScene(scene);
            stage.show();
        }
    }

    static long rssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (Exception e) {
            // not Linux
        }
        return -1;
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }
}
