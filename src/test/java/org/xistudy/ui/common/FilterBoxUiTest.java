package org.xistudy.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The filter box: its list is made when it is first opened, and it ticks the check model's items. */
@ExtendWith(ApplicationExtension.class)
class FilterBoxUiTest {
    private FilterBox<String> box;
    private TextField elsewhere;

    @Start
    void start(Stage stage) {
        box = new FilterBox<>();
        box.setId("box");
        box.getItems().setAll("red", "green", "blue");
        box.getCheckModel().check("red");
        box.setTitle("Colours");
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null ? "" : s.toUpperCase();
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        elsewhere = new TextField();
        Scene scene = new Scene(new VBox(box, elsewhere), 400, 300);
        scene.getStylesheets().add(Theme.Palette.LIGHT.stylesheet()); // the colours its sheet looks up
        stage.setScene(scene);
        stage.show();
    }

    private static CheckBox row(FxRobot robot, String text) {
        return robot.lookup((Node n) -> n instanceof CheckBox c && text.equals(c.getText()) && c.isVisible())
                .queryAs(CheckBox.class);
    }

    private static List<CheckBox> rows(FxRobot robot) {
        return List.copyOf(robot.lookup((Node n) -> n instanceof CheckBox c && c.isVisible()).queryAllAs(CheckBox.class));
    }

    private static int count(Parent p, Class<?> type) {
        int n = type.isInstance(p) ? 1 : 0;
        for (Node c : p.getChildrenUnmodifiable()) {
            n += c instanceof Parent q ? count(q, type) : type.isInstance(c) ? 1 : 0;
        }
        return n;
    }

    @Test
    void nothingOfTheListIsMadeBeforeItIsOpened(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Parent root = box.getScene().getRoot();
        assertEquals(0, count(root, CheckBox.class), "no check boxes yet");
        assertEquals(0, count(root, ListView.class), "and no list view (the stock skin measures one)");
        assertEquals(1, Window.getWindows().size(), "no pop-up window either");
        assertEquals("Colours", robot.lookup(".filter-box-title").queryAs(Label.class).getText());
        assertTrue(box.getWidth() > 0 && box.getHeight() > 0, "the box itself is laid out");
    }

    @Test
    void theKeyboardOpensTheListTicksAnItemAndClosesIt(FxRobot robot) {
        robot.interact(box::requestFocus);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(box.isShowing());
        assertTrue(box.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("showing")));
        assertEquals(List.of("RED", "GREEN", "BLUE"), rows(robot).stream().map(CheckBox::getText).toList(),
                "one check box an item, with the converter's text, in the items' order");
        assertTrue(row(robot, "RED").isSelected() && !row(robot, "GREEN").isSelected(), "ticked as the model is");
        assertTrue(row(robot, "RED").isFocused(), "the first item has the keyboard");

        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("red", "green"), List.copyOf(box.getCheckModel().getCheckedItems()));
        assertTrue(box.isShowing(), "the list stays open for more choices");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(box.isShowing());
        assertTrue(box.isFocused(), "the keyboard is back on the box");
    }

    @Test
    void aClickTicksAndTheModelTicksTheBoxes(FxRobot robot) {
        robot.clickOn("#box");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(box.isShowing());
        robot.clickOn(row(robot, "RED"));
        robot.clickOn(row(robot, "BLUE"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("blue"), List.copyOf(box.getCheckModel().getCheckedItems()));
        assertTrue(box.isShowing(), "a tick does not close the list");

        robot.interact(() -> box.getCheckModel().check("green"));
        assertTrue(row(robot, "GREEN").isSelected(), "a tick made elsewhere shows");

        robot.clickOn(elsewhere);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(box.isShowing(), "a click elsewhere closes it");
        robot.clickOn("#box");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#box");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(box.isShowing(), "a second click on the box closes it");
    }

    @Test
    void newItemsGetTheirOwnRowsAndTicks(FxRobot robot) {
        robot.clickOn("#box");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            box.getItems().setAll("one", "two");
            box.getCheckModel().check("two");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("ONE", "TWO"), rows(robot).stream().map(CheckBox::getText).toList());
        assertTrue(row(robot, "TWO").isSelected() && !row(robot, "ONE").isSelected());
        robot.clickOn(row(robot, "ONE"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("one", "two"), List.copyOf(box.getCheckModel().getCheckedItems()));
    }

    @Test
    void theListTakesTheWindowsTextSize(FxRobot robot) {
        robot.interact(() -> box.getScene().getRoot().setStyle("-fx-font-size: 26px")); // as a text-scale class does
        robot.clickOn("#box");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(26, row(robot, "RED").getFont().getSize(), 0.01, "the user's text size, not the default");
    }

    @Test
    void theTextsFollowTheConverterAtEachOpening(FxRobot robot) {
        robot.clickOn("#box");
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ESCAPE);
        robot.interact(() -> box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String s) {
                return s + "!";
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        }));
        robot.clickOn("#box");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("red!", "green!", "blue!"), rows(robot).stream().map(CheckBox::getText).toList());
    }
}
