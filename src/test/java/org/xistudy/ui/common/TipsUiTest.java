package org.xistudy.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Tooltips made on the first hover: none before, the right text after, and help for screen readers throughout. */
@ExtendWith(ApplicationExtension.class)
class TipsUiTest {
    private Button fromFxml;
    private Button bound;
    private Region plain;
    private Button away;
    private final StringProperty text = new SimpleStringProperty("");

    @Start
    void start(Stage stage) {
        fromFxml = new Button("Fit");
        fromFxml.setAccessibleHelp("Fit every event");
        bound = new Button("Icon");
        plain = new Region();
        plain.setPrefSize(80, 40);
        away = new Button("Away");
        HBox bar = new HBox(20, fromFxml, bound, plain);
        VBox root = new VBox(40, bar, away);
        Tips.fromHelp(root);
        Tips.install(bound, text);
        Tips.install(plain, "An overview");
        stage.setScene(new Scene(root, 400, 200));
        stage.show();
    }

    @Test
    void noTooltipIsMadeBeforeTheMouseComesButTheHelpIsThere(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(fromFxml.getTooltip());
        assertNull(Tips.shownTooltip(plain));
        assertEquals("Fit every event", fromFxml.queryAccessibleAttribute(AccessibleAttribute.HELP),
                "a screen reader has the text without the tooltip");
    }

    @Test
    void theFirstHoverMakesTheTooltipAndShowsIt(FxRobot robot) throws Exception {
        robot.moveTo(fromFxml);
        WaitForAsyncUtils.waitForFxEvents();
        Tooltip tip = fromFxml.getTooltip();
        assertNotNull(tip, "made on entering");
        assertEquals("Fit every event", tip.getText());
        robot.moveBy(2, 1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, tip::isShowing);

        robot.moveTo(plain);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("An overview", Tips.shownTooltip(plain).getText(), "a node that is not a control too");
        robot.moveTo(away);
        robot.moveTo(fromFxml);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(tip == fromFxml.getTooltip(), "made once");
    }

    @Test
    void aBlankTextShowsNoTooltipAndTheTooltipFollowsTheText(FxRobot robot) {
        robot.moveTo(bound);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(bound.getTooltip(), "blank: none");
        robot.interact(() -> text.set("Timeline"));
        assertEquals("Timeline", bound.getTooltip().getText());
        assertEquals("Timeline", bound.getAccessibleHelp());
        robot.interact(() -> text.set(""));
        assertNull(bound.getTooltip());
    }
}
