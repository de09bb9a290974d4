package org.xistudy.ui.common;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.xistudy.content.Problem;

/**
 * The dialogs as JavaFX shows them. Messages are not modal loops: they never block the caller,
 * so a failure can be reported from anywhere, including a background task's end.
 */
public final class FxDialogService implements DialogService {
    private static final int MAX_LISTED = 500;

    private final Supplier<ResourceBundle> bundle;
    private final Supplier<Window> owner;
    private final Supplier<List<String>> stylesheets;
    private final Supplier<TextClipboard> clipboard;

    /**
     * {@code bundle} gives the words in the UI's language at the moment (it may be switched);
     * {@code clipboard} is where the dialogs' Copy buttons put their text.
     */
    public FxDialogService(Supplier<ResourceBundle> bundle, Supplier<Window> owner, Supplier<List<String>> stylesheets,
            Supplier<TextClipboard> clipboard) {
        this.bundle = bundle;
        this.owner = owner;
        this.stylesheets = stylesheets;
        this.clipboard = clipboard;
    }

    @Override
    public void showProblems(String file, List<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        Alert alert = alert(Alert.AlertType.ERROR, "problems");
        alert.setTitle(text("dialog.problems.title"));
        alert.setHeaderText(MessageFormat.format(text("dialog.problems.header"), file, errors));
        StringBuilder sb = new StringBuilder();
        ProblemText words = new ProblemText(new UiText(bundle.get()));
        problems.stream().limit(MAX_LISTED).forEach(p -> sb.append(words.line(p)).append('\n'));
        if (problems.size() > MAX_LISTED) {
            sb.append(MessageFormat.format(text("dialog.problems.more"), problems.size() - MAX_LISTED)).append('\n');
        }
        Label intro = new Label(text("dialog.problems.kept"));
        intro.setWrapText(true);
        TextArea list = new TextArea(sb.toString());
        list.setEditable(false);
        // Long problems wrap: the location comes first on each line, so it is always in view.
        list.setWrapText(true);
        list.getStyleClass().add("problem-list");
        list.setPrefRowCount(Math.min(14, Math.max(4, problems.size() + 1)));
        list.setPrefColumnCount(90);
        VBox box = new VBox(10, intro, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        alert.getDialogPane().setContent(box);
        addCopyButton(alert, sb.toString());
        alert.show();
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = alert(Alert.AlertType.ERROR, "error");
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.setContentText(message);
        alert.show();
    }

    @Override
    public void showUnexpected(Throwable error) {
        Alert alert = alert(Alert.AlertType.ERROR, "unexpected");
        alert.setTitle(text("dialog.unexpected.title"));
        alert.setHeaderText(text("dialog.unexpected.header"));
        alert.setContentText(text("dialog.unexpected.body"));
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        TextArea details = new TextArea(trace.toString());
        details.setEditable(false);
        details.getStyleClass().add("problem-list");
        alert.getDialogPane().setExpandableContent(details);
        addCopyButton(alert, trace.toString());
        alert.show();
    }

    @Override
    public void showInfo(String title, String header, String message) {
        Alert alert = alert(Alert.AlertType.INFORMATION, "info");
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.setContentText(message);
        alert.show();
    }

    @Override
    public void showKeys(String title, List<KeySheet.Section> sections) {
        Alert alert = alert(Alert.AlertType.NONE, "keys");
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getButtonTypes().setAll(ButtonType.CLOSE);
        // One grid for every section, so the two columns line up down the whole sheet.
        GridPane sheet = new GridPane();
        sheet.getStyleClass().add("key-sheet");
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints does = new ColumnConstraints();
        does.setHgrow(Priority.ALWAYS);
        sheet.getColumnConstraints().setAll(keys, does);
        int r = 0;
        for (KeySheet.Section s : sections) {
            Label heading = new Label(s.title());
            heading.getStyleClass().add("key-sheet-heading");
            if (r == 0) {
                heading.getStyleClass().add("first");
            }
            sheet.add(heading, 0, r++, 2, 1);
            for (KeySheet.Row row : s.rows()) {
                Label k = new Label(row.keys());
                k.getStyleClass().add("key-sheet-keys");
                k.setMinWidth(Region.USE_PREF_SIZE);
                Label d = new Label(row.does());
                d.getStyleClass().add("key-sheet-does");
                d.setWrapText(true);
                sheet.addRow(r++, k, d);
            }
        }
        ScrollPane scroll = new ScrollPane(sheet);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("key-sheet-scroll");
        Window w = owner.get();
        double screenHeight = w != null ? w.getHeight() : 700;
        scroll.setPrefViewportHeight(Math.max(240, screenHeight * 0.6));
        scroll.setPrefViewportWidth(720);
        alert.getDialogPane().setContent(scroll);
        alert.show();
    }

    @Override
    public void confirm(Question question, Runnable onConfirm) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, "confirm");
        alert.setTitle(question.title());
        alert.setHeaderText(question.header());
        alert.setContentText(question.message());
        ButtonType yes = new ButtonType(question.confirm(), ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(yes, ButtonType.CANCEL);
        alert.resultProperty().addListener((obs, old, answer) -> {
            if (answer == yes) {
                onConfirm.run();
            }
        });
        alert.show();
    }

    @Override
    public Optional<String> prompt(String title, String message, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial == null ? "" : initial);
        Window w = owner.get();
        if (w != null) {
            dialog.initOwner(w);
        }
        dialog.getDialogPane().getStyleClass().addAll("app-dialog", "prompt-dialog");
        dialog.getDialogPane().getStylesheets().setAll(stylesheets.get());
        dialog.setTitle(title);
        dialog.setHeaderText(message);
        dialog.setContentText(null);
        dialog.getEditor().setPrefColumnCount(32);
        dialog.setResizable(true);
        return dialog.showAndWait();
    }

    @Override
    public Optional<Path> chooseOpen(FileRequest request) {
        File file = chooser(request).showOpenDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseSave(FileRequest request) {
        File file = chooser(request).showSaveDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }

    private static FileChooser chooser(FileRequest request) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(request.title());
        for (FileFilter f : request.filters()) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.description(), f.globs()));
        }
        if (request.initialName() != null) {
            chooser.setInitialFileName(request.initialName());
        }
        if (request.initialFolder() != null && Files.isDirectory(request.initialFolder())) {
            chooser.setInitialDirectory(request.initialFolder().toFile());
        }
        return chooser;
    }

    private Alert alert(Alert.AlertType type, String kind) {
        Alert alert = new Alert(type);
        Window w = owner.get();
        if (w != null) {
            alert.initOwner(w);
        }
        alert.getDialogPane().getStyleClass().addAll("app-dialog", kind + "-dialog");
        alert.getDialogPane().getStylesheets().setAll(stylesheets.get());
        alert.setResizable(true);
        return alert;
    }

    private void addCopyButton(Alert alert, String content) {
        ButtonType copy = new ButtonType(text("dialog.copy"), ButtonBar.ButtonData.LEFT);
        alert.getButtonTypes().add(copy);
        var button = alert.getDialogPane().lookupButton(copy);
        button.addEventFilter(ActionEvent.ACTION, e -> {
            clipboard.get().put(content);
            e.consume();
        });
    }

    private String text(String key) {
        return bundle.get().getString(key);
    }
}
