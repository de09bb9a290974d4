package org.xistudy.ui.print;

import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.xistudy.ui.AppContext;

/** The window of File › Export PDF: a small dialog over the main window. */
public final class ExportDialog {
    private ExportDialog() {
    }

    /** Shows the dialog for the open pack; returns its controller (tests drive it). */
    public static ExportController show(AppContext context) {
        AppContext.Loaded<ExportController> loaded = context.load("print/ExportDialog.fxml");
        Stage stage = new Stage();
        if (context.window() != null) {
            stage.initOwner(context.window());
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(context.text("print.dialog.title"));
        Scene scene = new Scene(loaded.root());
        context.theme().apply(scene);
        stage.setScene(scene);
        stage.setResizable(false);
        loaded.controller().start(stage);
        stage.show();
        return loaded.controller();
    }
}
