package org.xistudy.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.xistudy.content.Problem;
import org.xistudy.ui.common.DialogService;
import org.xistudy.ui.common.KeySheet;

/**
 * Dialogs for tests: it records what the app showed and answers for the user as scripted.
 * Confirmations are answered yes unless {@link #answerNo()} was called; file choosers return the
 * paths queued with {@link #chooseFile(Path)}, then cancel.
 */
public final class FakeDialogs implements DialogService {

    /** One dialog the app showed: its kind ("error", "info", "problems", "unexpected", "confirm"...) and text. */
    public record Shown(String kind, String title, String text) {
    }

    private final List<Shown> shown = new ArrayList<>();
    private final Deque<Path> files = new ArrayDeque<>();
    private final List<FileRequest> fileRequests = new ArrayList<>();
    private final List<List<KeySheet.Section>> keySheets = new ArrayList<>();
    private final Deque<String> promptAnswers = new ArrayDeque<>();
    private final List<Throwable> unexpected = new ArrayList<>();
    private boolean confirmAnswer = true;

    /** The next prompt is answered {@code text} (prompts with no answer queued are cancelled). */
    public FakeDialogs answerPrompt(String text) {
        promptAnswers.add(text);
        return this;
    }

    /** The next confirmations are answered no. */
    public FakeDialogs answerNo() {
        confirmAnswer = false;
        return this;
    }

    /** The next confirmations are answered yes. */
    public FakeDialogs answerYes() {
        confirmAnswer = true;
        return this;
    }

    /** The next file chooser returns {@code file}. */
    public FakeDialogs chooseFile(Path file) {
        files.add(file);
        return this;
    }

    public List<Shown> shown() {
        return List.copyOf(shown);
    }

    /** The dialogs of one kind that were shown. */
    public List<Shown> shown(String kind) {
        return shown.stream().filter(s -> s.kind().equals(kind)).toList();
    }

    /** What the file choosers were asked. */
    public List<FileRequest> fileRequests() {
        return List.copyOf(fileRequests);
    }

    @Override
    public void showProblems(String file, List<Problem> problems) {
        StringBuilder sb = new StringBuilder();
        problems.forEach(p -> sb.append(p.format()).append('\n'));
        shown.add(new Shown("problems", file, sb.toString()));
    }

    @Override
    public void showError(String title, String message) {
        shown.add(new Shown("error", title, message));
    }

    @Override
    public void showUnexpected(Throwable error) {
        unexpected.add(error);
        shown.add(new Shown("unexpected", error.getClass().getName(), String.valueOf(error.getMessage())));
    }

    /** The errors nobody caught that the app showed, as thrown. */
    public List<Throwable> unexpected() {
        return List.copyOf(unexpected);
    }

    @Override
    public void showInfo(String title, String header, String message) {
        shown.add(new Shown("info", title, header + "\n" + message));
    }

    @Override
    public void showKeys(String title, List<KeySheet.Section> sections) {
        keySheets.add(List.copyOf(sections));
        shown.add(new Shown("keys", title, String.join(", ", sections.stream().map(KeySheet.Section::title).toList())));
    }

    /** The key sheets shown, each as its sections. */
    public List<List<KeySheet.Section>> keySheets() {
        return List.copyOf(keySheets);
    }

    @Override
    public void confirm(Question question, Runnable onConfirm) {
        shown.add(new Shown("confirm", question.title(), question.message()));
        if (confirmAnswer) {
            onConfirm.run();
        }
    }

    /** Records a prompt as ("prompt", title, the text it was filled with) and answers as queued. */
    @Override
    public Optional<String> prompt(String title, String message, String initial) {
        shown.add(new Shown("prompt", title, initial == null ? "" : initial));
        return Optional.ofNullable(promptAnswers.poll());
    }

    @Override
    public Optional<Path> chooseOpen(FileRequest request) {
        fileRequests.add(request);
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<Path> chooseSave(FileRequest request) {
        fileRequests.add(request);
        return Optional.ofNullable(files.poll());
    }
}
