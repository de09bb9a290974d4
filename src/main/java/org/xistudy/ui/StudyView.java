package org.xistudy.ui;

import java.util.Optional;
import org.xistudy.content.model.LessonStep;

/**
 * What the shell asks of a view's controller. A view is loaded from FXML the first time it is
 * shown; its controller may take an {@link AppContext} in its constructor.
 */
public interface StudyView {

    /** Shows what a link asked for. Called after the view has been made visible. */
    default void reveal(Target target) {
    }

    /** Called each time the view becomes the visible one, for example to move the focus. */
    default void activated() {
    }

    /**
     * What "Add to lesson" adds from this view now: the selected event, the chart's year, the card
     * on screen, the paragraph read or selected, a note. Empty when the view has nothing to add.
     */
    default Optional<LessonStep> lessonStep() {
        return Optional.empty();
    }

    /**
     * The link ({@link org.xistudy.content.ItemLink} text, such as {@code event:ID}) of what the view
     * shows or has selected, for Go &gt; Copy link. Empty when it shows nothing a link can name.
     */
    default Optional<String> link() {
        return Optional.empty();
    }
}
