package org.xistudy.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.xistudy.content.PackIndex;
import org.xistudy.content.model.Event;
import org.xistudy.ui.common.BackgroundWork;
import org.xistudy.ui.common.TextClipboard;
import org.xistudy.ui.common.WebLinks;
import org.xistudy.ui.shell.Shell;

/** Item links in the window: --open LINK, Go > Copy link and Go > Go to link; and safe web addresses. */
@ExtendWith(ApplicationExtension.class)
class ItemLinksUiTest {
    @TempDir
    Path dataDir;

    private Stage stage;
    private Shell shell;
    private final FakeDialogs dialogs = new FakeDialogs();
    private final List<String> copied = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private void open(FxRobot robot, String link) {
        robot.interact(() -> {
            shell = ShellFixture.open(stage, dataDir, null, dialogs, link);
            shell.context().register(TextClipboard.class, copied::add);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Follows a link on the FX thread, as Go to link does. */
    private boolean follow(FxRobot robot, String link) {
        boolean[] followed = new boolean[1];
        robot.interact(() -> followed[0] = shell.openLink(link));
        return followed[0];
    }

    private PackIndex index() {
        return shell.context().packs().getIndex();
    }

    private ViewId current() {
        return shell.context().navigator().getCurrent();
    }

    private void copyLink(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void goToLink(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.G).release(KeyCode.G, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String status(FxRobot robot) {
        return robot.lookup("#statusLabel").queryAs(Label.class).getText();
    }

    @Test
    void openLinkAtStartUpSelectsTheEventOnTheTimeline(FxRobot robot) {
        // Not the first event, so that the selection cannot be the view's default.
        open(robot, null);
        Event event = index().eventsInTime().get(index().eventsInTime().size() / 2);
        open(robot, "event:" + event.id());
        assertEquals(ViewId.TIMELINE, current());
        assertEquals(Optional.of("event:" + event.id()), shell.currentLink());
        assertTrue(robot.lookup(".detail-title").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.isVisible() && event.title().equals(l.getText())), "the detail pane shows the event");
        assertTrue(dialogs.shown("error").isEmpty(), dialogs.shown().toString());
    }

    @Test
    void theFullFormOpensToo(FxRobot robot) {
        open(robot, null);
        String card = index().pack().cards().get(3).id();
        open(robot, "xistudy:card:" + card);
        assertEquals(ViewId.CARDS, current());
        assertEquals(Optional.of("card:" + card), shell.currentLink());
    }

    @Test
    void anUnknownLinkAtStartUpOpensTheAppAndSaysWhy(FxRobot robot) {
        open(robot, "event:no-such-event");
        assertTrue(index() != null, "the pack is open");
        assertEquals(ViewId.TIMELINE, current());
        List<FakeDialogs.Shown> errors = dialogs.shown("error");
        assertEquals(1, errors.size(), dialogs.shown().toString());
        assertTrue(errors.get(0).text().contains("no event with the id \"no-such-event\""), errors.get(0).text());
    }

    @Test
    void aMalformedLinkAtStartUpIsToldToo(FxRobot robot) {
        open(robot, "evnt:\u0007x");
        assertEquals(ViewId.TIMELINE, current());
        assertEquals(1, dialogs.shown("error").size());
        assertTrue(dialogs.shown("error").get(0).text().contains("control character"),
                dialogs.shown("error").get(0).text());
        assertFalse(dialogs.shown("error").get(0).text().contains("\u0007"), "control characters are not shown");
    }

    @Test
    void copyThenGoToAnEvent(FxRobot robot) {
        open(robot, null);
        String id = index().eventsInTime().get(5).id();
        assertTrue(follow(robot, "event:" + id));
        copyLink(robot);
        assertEquals(List.of("event:" + id), copied);
        assertTrue(status(robot).contains("event:" + id), status(robot));

        robot.interact(() -> shell.context().navigator().show(ViewId.CARDS));
        dialogs.answerPrompt(copied.get(0));
        goToLink(robot);
        assertEquals(ViewId.TIMELINE, current());
        assertEquals(Optional.of("event:" + id), shell.currentLink());
        FakeDialogs.Shown prompt = dialogs.shown("prompt").get(0);
        assertEquals("Go to link", prompt.title());
        assertTrue(dialogs.shown("error").isEmpty(), dialogs.shown().toString());
    }

    @Test
    void copyThenGoToAYear(FxRobot robot) {
        open(robot, null);
        int year = index().dataYears().last() - 5; // within the chart's years (it starts at 2000)
        assertTrue(follow(robot, "year:" + year));
        assertEquals(ViewId.INSTITUTIONS, current());
        copyLink(robot);
        assertEquals(List.of("year:" + year), copied);

        assertTrue(follow(robot, "year:" + index().dataYears().last()));
        dialogs.answerPrompt(copied.get(0));
        goToLink(robot);
        assertEquals(Optional.of("year:" + year), shell.currentLink());
        assertEquals("year:" + index().dataYears().last(), dialogs.shown("prompt").get(0).text(),
                "the prompt starts with the current link");
    }

    @Test
    void copyThenGoToACard(FxRobot robot) {
        open(robot, null);
        String card = index().pack().cards().get(2).id();
        assertTrue(follow(robot, "card:" + card));
        assertEquals(ViewId.CARDS, current());
        copyLink(robot);
        assertEquals(List.of("card:" + card), copied);

        robot.interact(() -> shell.context().navigator().show(ViewId.TIMELINE));
        dialogs.answerPrompt(copied.get(0));
        goToLink(robot);
        assertEquals(ViewId.CARDS, current());
        assertEquals(Optional.of("card:" + card), shell.currentLink());
    }

    @Test
    void paragraphsAndPeopleHaveLinksToo(FxRobot robot) {
        open(robot, null);
        assertTrue(follow(robot, "paragraph:4"));
        assertEquals(ViewId.SOURCE, current());
        assertEquals(Optional.of("paragraph:4"), shell.currentLink());
        String person = index().pack().people().get(0).id();
        assertTrue(follow(robot, "person:" + person));
        assertEquals(ViewId.INSTITUTIONS, current());
        assertEquals(Optional.of("person:" + person), shell.currentLink());
    }

    @Test
    void badLinksAreToldAndNotFollowed(FxRobot robot) {
        open(robot, null);
        String event = index().eventsInTime().get(1).id();
        assertTrue(follow(robot, "event:" + event));
        String[] bad = {"evnt:x", "event:", "event:no-such", "card:" + event, "year:1800", "paragraph:99999",
                "paragraph:0", " ", "x".repeat(100_000)};
        for (String link : bad) {
            assertFalse(follow(robot, link), link);
        }
        assertEquals(bad.length, dialogs.shown("error").size(), dialogs.shown().toString());
        assertTrue(dialogs.shown("error").stream().allMatch(s -> s.title().equals("Cannot open the link")));
        assertEquals(ViewId.TIMELINE, current());
        assertEquals(Optional.of("event:" + event), shell.currentLink(), "a bad link leaves the view as it was");

        // Go to link: a bad answer is told, a cancelled prompt does nothing.
        dialogs.answerPrompt("year:99");
        goToLink(robot);
        assertEquals(bad.length + 1, dialogs.shown("error").size());
        assertTrue(dialogs.shown("error").get(bad.length).text().contains("four digits"));
        goToLink(robot);
        assertEquals(2, dialogs.shown("prompt").size());
        assertEquals(bad.length + 1, dialogs.shown("error").size());
        assertEquals(ViewId.TIMELINE, current());
    }

    @Test
    void copyWithNothingSelectedSaysSoAndCopiesNothing(FxRobot robot) {
        open(robot, null);
        robot.interact(() -> shell.context().navigator().show(ViewId.QUIZ));
        copyLink(robot);
        assertTrue(copied.isEmpty());
        assertTrue(status(robot).startsWith("Nothing here has a link"), status(robot));
    }

    @Test
    void openUrlNeverPassesAnUnsafeAddressToTheOpener() {
        FakeDialogs fake = new FakeDialogs();
        AppContext context = new AppContext(Locale.ENGLISH, dataDir, BackgroundWork.sameThread(), fake);
        List<String> opened = new ArrayList<>();
        context.setUrlOpener(opened::add);
        String[] hostile = {"javascript:alert(1)", "JaVaScRiPt:alert(1)", "file:///etc/passwd",
                "data:text/html,<script>alert(1)</script>", " http://x", "http:/x", "//evil.com", "https://",
                "https://example.com/" + "a".repeat(5000), "https://example.com/\u0000x", "mailto:a@b.c", null};
        for (String url : hostile) {
            assertFalse(context.openUrl(url), url);
        }
        assertEquals(List.of(), opened);
        assertEquals(hostile.length, fake.shown("error").size());
        assertFalse(fake.shown("error").get(9).text().contains("\u0000"), "control characters are not shown");
        assertTrue(context.openUrl("https://www.usip.org/"));
        assertEquals(List.of("https://www.usip.org/"), opened);
    }

    @Test
    void unsafeAddressesAreShownAsTextSafeOnesWithTheirAddress(FxRobot robot) {
        List<String> opened = new ArrayList<>();
        WebLinks.Texts texts = (key, args) -> key + ":" + String.join("|", Arrays.stream(args)
                .map(String::valueOf).toList());
        robot.interact(() -> {
            Node safe = WebLinks.of("Source", "https://example.com/a", texts, opened::add, "x");
            Hyperlink link = (Hyperlink) safe;
            assertEquals("link.web.tip:https://example.com/a", link.getTooltip().getText());
            link.fire();
            for (String url : List.of("javascript:alert(1)", "file:///etc/passwd", " http://x")) {
                Node n = WebLinks.of("Source", url, texts, opened::add, "x");
                assertTrue(n instanceof Label, url);
                assertTrue(((Label) n).getText().contains(url.strip()), ((Label) n).getText());
            }
        });
        assertEquals(List.of("https://example.com/a"), opened);
    }
}
