package org.xistudy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code --open LINK}: the window opens at one item; the window, not the command line, checks the link. */
class OpenOptionTest {
    private final Cli cli = new Cli(Map.of(ReplayReviews.NAME, new ReplayReviews()));

    @Test
    void opensTheWindowAtTheLink() {
        Cli.Options o = cli.parse("--open", "event:ev-2018-constitution");
        assertEquals(Cli.Command.RUN, o.command());
        assertEquals("event:ev-2018-constitution", o.open());
        assertNull(o.content());
    }

    @Test
    void goesWithAPackInEitherOrder() {
        Cli.Options a = cli.parse("--content", "my.json", "--open", "year:2018");
        Cli.Options b = cli.parse("--open", "year:2018", "my.xipack");
        assertEquals(Cli.Command.RUN, a.command());
        assertEquals(Path.of("my.json"), a.content());
        assertEquals("year:2018", a.open());
        assertEquals(Path.of("my.xipack"), b.content());
        assertEquals("year:2018", b.open());
    }

    @Test
    void aMalformedLinkStillOpensTheWindowWhichTellsWhy() {
        // A desktop launcher shows no standard error: the window shows the link's problem instead.
        Cli.Options o = cli.parse("--open", "evnt:x");
        assertEquals(Cli.Command.RUN, o.command());
        assertEquals("evnt:x", o.open());
    }

    @Test
    void needsALink() {
        assertEquals(Cli.Command.ERROR, cli.parse("--open").command());
        assertTrue(cli.parse("--open").error().contains("--open needs a LINK"));
        assertEquals(Cli.Command.ERROR, cli.parse("--open", "--content", "x.json").command());
    }

    @Test
    void otherCommandsOpenNothing() {
        assertNull(cli.parse().open());
        assertNull(cli.parse("--validate", "x.json").open());
    }

    @Test
    void theHelpNamesItAndTheKindsOfLink() {
        String usage = cli.usage();
        assertTrue(usage.contains("--open LINK"), usage);
        for (String kind : new String[] {"event:ID", "institution:ID", "person:ID", "card:ID", "note:ID", "year:YYYY",
                "paragraph:N"}) {
            assertTrue(usage.contains(kind), kind);
        }
    }
}
