package org.xistudy.ui.shell;

import java.util.EnumMap;
import java.util.Map;
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
    }

    /** The controller of a view that has been loaded, or null. */
    Object controller(ViewId view) {
        AppContext.Loaded<Object> v = loaded.get(view);
        return v == null ? null : v.controller();
    }
}
