package org.xistudy.ui;

/** The main views, in navigation order; each belongs to a {@link UiPart} for its text and style. */
public enum ViewId {
    TIMELINE(UiPart.TIMELINE, "timeline/TimelineView.fxml", "nav.timeline"),
    INSTITUTIONS(UiPart.INSTITUTIONS, "institutions/InstitutionsView.fxml", "nav.institutions"),
    CARDS(UiPart.CARDS, "cards/CardsView.fxml", "nav.cards"),
    QUIZ(UiPart.QUIZ, "quiz/QuizView.fxml", "nav.quiz"),
    SOURCE(UiPart.READER, "reader/ReaderView.fxml", "nav.source"),
    ARGUMENT(UiPart.ARGUMENT, "argument/ArgumentView.fxml", "nav.argument"),
    LESSONS(UiPart.LESSONS, "lessons/LessonsView.fxml", "nav.lessons");

    private final UiPart part;
    private final String fxml;
    private final String labelKey;

    ViewId(UiPart part, String fxml, String labelKey) {
        this.part = part;
        this.fxml = fxml;
        this.labelKey = labelKey;
    }

    /** The part whose bundle and style sheet the view uses. */
    public UiPart part() {
        return part;
    }

    /** The FXML file, relative to the {@code org/xistudy/ui} resource folder. */
    public String fxml() {
        return fxml;
    }

    /** The resource-bundle key of the view's name. */
    public String labelKey() {
        return labelKey;
    }
}
