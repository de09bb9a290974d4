package org.xistudy.ui.common;

import javafx.scene.Node;
import javafx.scene.Parent;

/** Finding where the keyboard focus is, or can go, inside part of the scene. */
public final class Focus {
    private Focus() {
    }

    /** The first visible, enabled, focus-traversable node in {@code node}'s tree, in child order, or null. */
    public static Node firstFocusable(Node node) {
        if (!node.isVisible() || node.isDisabled()) {
            return null;
        }
        if (node.isFocusTraversable()) {
            return node;
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                Node found = firstFocusable(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Whether {@code node} is {@code root} or lies inside it. */
    public static boolean isInside(Node node, Parent root) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == root) {
                return true;
            }
        }
        return false;
    }
}
