package org.xistudy.ui.common;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made when they are first wanted. A node's tooltip text is its accessible help (which a
 * screen reader reads out, tooltip or not); the {@link Tooltip} itself, a pop-up window with a
 * scene of its own, is made the first time the mouse enters the node. Made at once, the
 * timeline's thirty-odd tooltips cost its first frame about as much as a tenth of its FXML.
 *
 * <p>In FXML: {@code accessibleHelp="%key"} on the node and {@link #fromHelp(Parent)} on the
 * view's root; in code: {@link #install}. A blank text shows no tooltip.
 */
public final class Tips {
    private static final String PENDING = Tips.class.getName() + ".pending";

    private Tips() {
    }

    /** Every node from {@code root} down whose accessible help is set shows it as its tooltip. */
    public static void fromHelp(Parent root) {
        lazy(root);
        for (Node child : root.getChildrenUnmodifiable()) {
            if (child instanceof Parent p) {
                fromHelp(p);
            } else {
                lazy(child);
            }
        }
    }

    /** {@code text} is the node's tooltip and its accessible help. */
    public static void install(Node node, String text) {
        node.setAccessibleHelp(text);
        lazy(node);
    }

    /** The node's tooltip and accessible help follow {@code text}. */
    public static void install(Node node, ObservableValue<String> text) {
        node.accessibleHelpProperty().bind(text);
        lazy(node);
    }

    private static void lazy(Node node) {
        if (node.getAccessibleHelp() == null && !node.accessibleHelpProperty().isBound()
                || node.getProperties().containsKey(PENDING)) {
            return;
        }
        EventHandler<MouseEvent> entered = new EventHandler<>() {
            @Override
            public void handle(MouseEvent e) {
                node.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                make(node);
            }
        };
        node.getProperties().put(PENDING, entered);
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, entered);
    }

    /** Makes the tooltip now, installed while the text is not blank (the tooltip's first hover). */
    static void make(Node node) {
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(node.accessibleHelpProperty());
        ChangeListener<String> shown = (obs, old, text) -> show(node, tip, text != null && !text.isBlank());
        node.accessibleHelpProperty().addListener(shown);
        shown.changed(node.accessibleHelpProperty(), null, node.getAccessibleHelp());
    }

    private static void show(Node node, Tooltip tip, boolean shown) {
        if (node instanceof Control c) {
            c.setTooltip(shown ? tip : null);
        } else if (shown) {
            Tooltip.install(node, tip);
        } else {
            Tooltip.uninstall(node, tip);
        }
    }

    /** The tooltip a node shows now: null before the mouse has entered it (for tests). */
    static Tooltip shownTooltip(Node node) {
        return node instanceof Control c ? c.getTooltip() : (Tooltip) node.getProperties().get("javafx.scene.control.Tooltip");
    }
}
