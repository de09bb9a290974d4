package org.xistudy.ui.shell;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.StackPane;
import org.xistudy.ui.AppContext;
import org.xistudy.ui.StudyView;
import org.xistudy.ui.Target;
import org.xistudy.ui.ViewId;
import org.xistudy.ui.common.Focus;

/** Loads each view the first time it is shown and keeps it, so views keep their state. */
final class ViewHost {
    private final AppContext context;
    private final StackPane host;
    private final Map<ViewId, AppContext.Loaded<Object>> loaded = new EnumMap<>(ViewId.class);
    private ViewId current;

    ViewHost(AppContext context, StackPane host) {
        this.context = context;
        this.host = host;
    }

    void display(ViewId view, Target target) {
        // Start-up styles only the first view: its sheets, no other view's. The first time any
        // other view is shown, every sheet comes in, once, so the views' styles are whole after.
        if (loaded.isEmpty()) {
            view.stylesheets().forEach(context.theme()::use);
        } else if (!loaded.containsKey(view)) {
            context.theme().useAll();
        }
        AppContext.Loaded<Object> v = loaded.computeIfAbsent(view, id -> context.load(id.fxml()));
        Parent root = v.root();
        current = view;
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
        Platform.runLater(() -> {
            if (root.getScene() != null && !Focus.isInside(root.getScene().getFocusOwner(), root)) {
                Node first = Focus.firstFocusable(root);
                if (first != null) {
                    first.requestFocus();
                }
            }
        });
    }

    /** The controller of a view loaded so far, when it is of the given type. */
    <T> Optional<T> controller(ViewId view, Class<T> type) {
        AppContext.Loaded<Object> v = loaded.get(view);
        return v != null && type.isInstance(v.controller()) ? Optional.of(type.cast(v.controller())) : Optional.empty();
    }

    /** The root node of a view loaded so far. */
    Optional<Parent> root(ViewId view) {
        return Optional.ofNullable(loaded.get(view)).map(AppContext.Loaded::root);
    }

    /** The controller of the view shown now, when it is a {@link StudyView}. */
    Optional<StudyView> current() {
        AppContext.Loaded<Object> v = current == null ? null : loaded.get(current);
        return v != null && v.controller() instanceof StudyView sv ? Optional.of(sv) : Optional.empty();
    }
}
