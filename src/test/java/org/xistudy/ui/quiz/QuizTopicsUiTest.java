package org.xistudy.ui.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.xistudy.content.PackIndex;
import org.xistudy.content.model.Card;
import org.xistudy.content.model.Claim;
import org.xistudy.ui.ShellFixture;
import org.xistudy.ui.ViewId;
import org.xistudy.ui.shell.Shell;

/** The quiz's topics on the bundled pack: plain topics first, the argument's claims apart, by title. */
@ExtendWith(ApplicationExtension.class)
class QuizTopicsUiTest {
    @TempDir
    static Path dataDir;

    private Shell shell;

    @Start
    void start(Stage stage) {
        shell = ShellFixture.open(stage, dataDir, null);
    }

    @Test
    void claimsTheCardsTestStandApartUnderTheirTitles(FxRobot robot) {
        ShellFixture.awaitPack(shell);
        robot.interact(() -> shell.context().navigator().show(ViewId.QUIZ));
        WaitForAsyncUtils.waitForFxEvents();
        PackIndex index = shell.context().packs().getIndex();
        Set<String> tags = index.pack().cards().stream().flatMap(c -> c.tags().stream()).collect(Collectors.toSet());
        List<String> claimTitles = index.pack().claims().stream().filter(c -> tags.contains(c.id()))
                .map(Claim::title).toList();
        assertTrue(claimTitles.size() > 10, "the bundled pack's cards test its claims: " + claimTitles);

        FlowPane topics = robot.lookup(".quiz-view .tag-chips").nth(0).queryAs(FlowPane.class);
        FlowPane claims = robot.lookup(".quiz-view .tag-chips").nth(1).queryAs(FlowPane.class);
        assertEquals(claimTitles, chips(claims), "the claims, by title, in the order of the argument");
        List<String> plain = chips(topics);
        long plainTags = tags.stream().filter(t -> index.claim(t).isEmpty()).count();
        assertEquals(plainTags, plain.size());
        assertTrue(plain.contains("party diplomacy"), plain::toString);
        assertTrue(plain.stream().noneMatch(p -> p.startsWith("mechanism")), plain::toString);
        assertTrue(index.pack().cards().stream().map(Card::tags).anyMatch(t -> t.contains("mechanism-cnsc")));
    }

    private static List<String> chips(FlowPane pane) {
        return pane.getChildren().stream().map(n -> ((ToggleButton) n).getText()).toList();
    }
}
