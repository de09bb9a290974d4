package org.xistudy.ui;

/** The main views, in navigation order. */
public enum ViewId {
    TIMELINE("timeline/TimelineView.fxml", "nav.timeline"),
    INSTITUTIONS("institutions/InstitutionsView.fxml", "nav.institutions"),
    CARDS("cards/CardsView.fxml", "nav.cards"),
    QUIZ("quiz/QuizView.fxml", "nav.quiz"),
    SOURCE("reader/ReaderView.fxml", "nav.source");

    private final String fxml;
    private final String labelKey;

    ViewId(String fxml, String labelKey) {
        this.fxml = fxml;
        this.labelKey = labelKey;
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
