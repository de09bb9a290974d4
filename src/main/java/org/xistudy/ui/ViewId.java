package org.xistudy.ui;

import java.util.ArrayList;
import java.util.List;

/** The main views, in navigation order; each belongs to a {@link UiPart} for its text and style. */
public enum ViewId {
    TIMELINE(UiPart.TIMELINE, "timeline/TimelineView.fxml", "nav.timeline"),
    INSTITUTIONS(UiPart.INSTITUTIONS, "institutions/InstitutionsView.fxml", "nav.institutions", UiPart.TIMELINE,
            UiPart.QUIZ),
    CARDS(UiPart.CARDS, "cards/CardsView.fxml", "nav.cards", UiPart.TIMELINE, UiPart.QUIZ),
    QUIZ(UiPart.QUIZ, "quiz/QuizView.fxml", "nav.quiz"),
    SOURCE(UiPart.READER, "reader/ReaderView.fxml", "nav.source", UiPart.TIMELINE),
    ARGUMENT(UiPart.ARGUMENT, "argument/ArgumentView.fxml", "nav.argument", UiPart.QUIZ),
    LESSONS(UiPart.LESSONS, "lessons/LessonsView.fxml", "nav.lessons", UiPart.QUIZ, UiPart.PRESENT);

    private final UiPart part;
    private final String fxml;
    private final String labelKey;
    private final List<String> stylesheets;

    ViewId(UiPart part, String fxml, String labelKey, UiPart... borrows) {
        this.part = part;
        this.fxml = fxml;
        this.labelKey = labelKey;
        List<String> sheets = new ArrayList<>(List.of(part.stylesheet()));
        for (UiPart b : borrows) {
            sheets.add(b.stylesheet());
        }
        this.stylesheets = List.copyOf(sheets);
    }

    /**
     * The style sheets the view is drawn with besides the shell's: its part's, then those of the
     * parts whose style classes it also uses (a search field styled in the timeline's sheet, the
     * answer's verdict in the quiz's). The window starts with only these for its first view.
     */
    public List<String> stylesheets() {
        return stylesheets;
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
