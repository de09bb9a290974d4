package org.xistudy.ui.cards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.xistudy.study.progress.ProgressStore;
import org.xistudy.ui.FakeDialogs;
import org.xistudy.ui.ShellFixture;
import org.xistudy.ui.shell.Shell;

/** After File › Open of another pack, the card on the study screen is one of the open pack's. */
@ExtendWith(ApplicationExtension.class)
class OpenAnotherPackUiTest {
    private static final String SECOND = "cards-test-pack-two";

    @TempDir
    Path dataDir;
    @TempDir
    Path packDir;

    private Shell shell;

    @Start
    void start(Stage stage) {
        shell = ShellFixture.open(stage, dataDir, CardsTestPack.write(packDir), new FakeDialogs());
    }

    private static CardPresentation current(FxRobot robot) {
        return robot.lookup(".study-session .study-card-view").queryAs(StudyCardView.class).presentationProperty().get();
    }

    /** A second pack with the same cards (the same ids and words) under another pack id. */
    private Path secondPack() throws IOException {
        Path file = packDir.resolve("second.json");
        Files.writeString(file, CardsTestPack.JSON.replace("\"id\": \"" + CardsTestPack.ID + "\"", "\"id\": \"" + SECOND + "\"")
                .replace("Cards test pack", "Second test pack"));
        return file;
    }

    @Test
    void theCardShownBelongsToTheOpenPack(FxRobot robot) throws IOException {
        ShellFixture.awaitPack(shell);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        robot.push(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        CardPresentation before = current(robot);
        assertEquals("c-basic", before.card().id());
        assertTrue(robot.lookup(".study-session .study-card-view").queryAs(StudyCardView.class).flippedProperty().get());

        Path second = secondPack();
        robot.interact(() -> shell.open(second));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(SECOND, shell.context().packs().getIndex().pack().id());
        CardPresentation after = current(robot);
        assertNotNull(after);
        assertSame(shell.context().packs().getIndex(), after.index(), "the card shown is the open pack's");
        assertFalse(robot.lookup(".study-session .study-card-view").queryAs(StudyCardView.class).flippedProperty().get(),
                "and shown from its question");

        // grading it counts in the open pack, for the card the open pack has
        robot.push(KeyCode.SPACE).push(KeyCode.DIGIT3);
        WaitForAsyncUtils.waitForFxEvents();
        try (ProgressStore s = ProgressStore.open(dataDir).store()) {
            assertEquals(1, s.pack(SECOND).log().size());
            assertEquals(0, s.pack(CardsTestPack.ID).log().size());
        }
    }
}
