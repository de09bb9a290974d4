package org.xistudy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.xistudy.cli.Cli;

/** The launcher decides on the window without the tools; the answer must be the full parse's. */
class LauncherTest {
    private static final List<String[]> COMMAND_LINES = List.of(
            new String[] {},
            new String[] {"--content", "pack.json"},
            new String[] {"week-3.xipack"},
            new String[] {"--open", "event:e1"},
            new String[] {"--content", "pack.json", "--open", "year:2018"},
            new String[] {"--open"},
            new String[] {"--export", "anki", "out.apkg"},
            new String[] {"--export", "pdf-quiz", "quiz.pdf", "--seed", "7", "--content", "pack.json"},
            new String[] {"--import", "anki", "in.apkg", "out.json"},
            new String[] {"--replay-reviews", "reviews.csv"},
            new String[] {"--export"},
            new String[] {"--validate", "a.json", "b.json"},
            new String[] {"--validate-bundled"},
            new String[] {"--make-startup-archive"},
            new String[] {"--help"},
            new String[] {"--version"},
            new String[] {"--seed", "7"},
            new String[] {"notes.txt"},
            new String[] {"--content", "pack.json", "--export", "anki-tsv", "out.txt"});

    @Test
    void theWindowIsChosenExactlyWhenTheFullParseChoosesIt() {
        Cli full = new Cli(Launcher.tools());
        for (String[] args : COMMAND_LINES) {
            Cli.Options options = full.parse(args);
            Optional<Cli.Options> window = Launcher.window(args);
            String line = String.join(" ", args);
            assertEquals(options.command() == Cli.Command.RUN, window.isPresent(), line);
            if (window.isPresent()) {
                assertEquals(options.content(), window.get().content(), line);
                assertEquals(options.open(), window.get().open(), line);
            }
        }
        // and the list holds both kinds
        assertEquals(true, COMMAND_LINES.stream().anyMatch(a -> Launcher.window(a).isPresent()));
        assertEquals(true, COMMAND_LINES.stream().anyMatch(a -> full.parse(a).command() == Cli.Command.TOOL));
    }
}
