package org.xistudy.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Whatever is typed into a number spinner, leaving it never throws (an exception there would fail
 * this test through FxErrorGuard): the monkey typed "v420" into one and clicked elsewhere.
 */
@ExtendWith(ApplicationExtension.class)
class SpinnersUiTest {
    private Spinner<Integer> spinner;
    private TextField elsewhere;

    @Start
    void start(Stage stage) {
        spinner = new Spinner<>();
        elsewhere = new TextField();
        Spinners.integers(spinner, 1, 100, 10, 1);
        stage.setScene(new Scene(new VBox(spinner, elsewhere), 300, 120));
        stage.show();
    }

    private int typeAndLeave(FxRobot robot, String typed) {
        robot.interact(() -> {
            spinner.requestFocus();
            spinner.getEditor().setText(typed);
            elsewhere.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return spinner.getValue();
    }

    @Test
    void textWithoutDigitsKeepsTheValueAndDigitsAreTheNumberInRange(FxRobot robot) {
        assertEquals(10, typeAndLeave(robot, "v"), "no digits: the value stays");
        assertEquals(42, typeAndLeave(robot, "v42"), "the digits of what was typed");
        assertEquals(42, typeAndLeave(robot, ""), "empty: the value stays");
        assertEquals(100, typeAndLeave(robot, "4200"), "clamped to the range");
        assertEquals(100, typeAndLeave(robot, "99999999999999"), "too long to be a number: the value stays");
        assertEquals("100", spinner.getEditor().getText(), "and the field shows the value");
    }

    @Test
    void noListenerEverSeesANumberOutsideTheRange(FxRobot robot) {
        List<Integer> seen = new ArrayList<>();
        robot.interact(() -> spinner.valueProperty().addListener((obs, was, now) -> seen.add(now)));
        typeAndLeave(robot, "420");
        typeAndLeave(robot, "0");
        assertEquals(List.of(100, 1), seen, "clamped before the value changes");
    }

    @Test
    void parsingTakesTheDigits() {
        assertEquals(420, Spinners.parse("v420", 7));
        assertEquals(7, Spinners.parse("-", 7));
        assertEquals(7, Spinners.parse(null, 7));
        assertEquals(12, Spinners.parse(" 1 2 ", 7));
    }
}
