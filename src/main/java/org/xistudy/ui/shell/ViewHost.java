package org.xistudy.ui.shell;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.StackPane;
import org.xistudy.ui.AppContext;
import org.xistudy.ui.StudyView;
import org.xistudy.ui.Target;
import org.xistudy.ui.ViewId;

/** Loads each view the first time it is shown and keeps it, so views keep their state. */
final class ViewHost {
    private final AppContext context;
    private final StackPane host;
    private final Map<ViewId, AppContext.Loaded<Object>> loaded = new EnumMap<>(ViewId.class);

    ViewHost(AppContext context, StackPane host) {
        this.context = context;
        this.host = host;
    }

    void display(ViewId view, Target target) {
        AppContext.Loaded<Object> v = loaded.computeIfAbsent(view, id -> context.load(id.fxml()));
        Parent root = v.root();
        root.getProperties().put(ViewId.class, view);
        if (host.getChildren().size() != 1 || host.getChildren().get(0) != root) {
            host.getChildren().setAll(root);
        }
        if (v.controller() instanceof StudyView sv) {
            sv.activated();
            if (target != null) {
                sv.reveal(target);
            }
        }
        // Keyboard users land in the view they chose. A view may move the focus itself (also
        // later on the FX thread); this runs after it and only helps when the focus is elsewhere.
        javafx.application.Platform.runLater(() -> {
            if (root.getScene() != null && !contains(root, root.getScene().getFocusOwner())) {
                Node first = firstFocusable(root);
                if (first != null) {
                    first.requestFocus();
                }
            }
        });
    }

    private static boolean contains(Parent root, Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == root) {
                return true;
            }
        }
        return false;
    }

    private static Node firstFocusable(Node node) {
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

    /** The controller of a view that has been loaded, or null. */
    Object controller(ViewId view) {
        AppContext.Loaded<Object> v = loaded.get(view);
        return v == null ? null : v.controller();
    }
}
