package org.xistudy.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.xistudy.content.Problem;

/**
 * Every dialog the app shows: errors, information, confirmations and file choosers. Controllers
 * never build an {@code Alert} or a {@code FileChooser} themselves, so tests can answer for the
 * user with a fake. Messages never block the caller; confirmations answer through a callback.
 */
public interface DialogService {

    /** A yes-or-no question: {@code confirm} is the label of the button that goes ahead. */
    record Question(String title, String header, String message, String confirm) {
    }

    /** A kind of file a chooser offers, such as {@code ("PNG image", List.of("*.png"))}. */
    record FileFilter(String description, List<String> globs) {
        public FileFilter {
            globs = List.copyOf(globs);
        }
    }

    /** What a file chooser asks: its title, the file kinds, and a suggested name (save) or null. */
    record FileRequest(String title, List<FileFilter> filters, String initialName, Path initialFolder) {
        public FileRequest {
            filters = List.copyOf(filters);
        }

        public FileRequest(String title, List<FileFilter> filters, String initialName) {
            this(title, filters, initialName, null);
        }
    }

    /** Lists the problems found in a content file that was not loaded. */
    void showProblems(String file, List<Problem> problems);

    /** Reports an error with a message the user can act on. */
    void showError(String title, String message);

    /** Reports a failure nobody expected, with the details for a bug report. */
    void showUnexpected(Throwable error);

    /** Shows an information message. */
    void showInfo(String title, String header, String message);

    /** Shows the keyboard shortcuts, a section per part of the app, the first section first. */
    void showKeys(String title, List<KeySheet.Section> sections);

    /** Asks the question; runs {@code onConfirm} only if the user agrees. */
    void confirm(Question question, Runnable onConfirm);

    /**
     * Asks for one line of text, {@code initial} filled in (null: empty); empty when the user
     * cancels. The only dialog that waits for its answer, as the file choosers do.
     */
    Optional<String> prompt(String title, String message, String initial);

    /** Asks for a file to open; empty when the user cancels. */
    Optional<Path> chooseOpen(FileRequest request);

    /** Asks where to save; empty when the user cancels. */
    Optional<Path> chooseSave(FileRequest request);
}
