package org.xistudy.ui;

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
}
