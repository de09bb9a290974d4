package org.xistudy.ui.present;

import org.xistudy.content.model.LessonStep;

/** The step states the boards draw, read from a {@link LessonShowModel}. */
final class Shows {
    private Shows() {
    }

    /** The current step as the audience sees it. */
    static StepView.State state(LessonShowModel m) {
        return new StepView.State(m.stepProperty().get(), m.revealedProperty().get(),
                m.previousChartYear().orElse(null), m.animateFrom().orElse(null));
    }

    /** The next step as it will first show: a card's question, a year without animation. */
    static StepView.State next(LessonShowModel m) {
        LessonStep next = m.nextProperty().get();
        return next == null ? null : new StepView.State(next, false, null, null);
    }
}
