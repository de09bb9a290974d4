package org.xistudy.ui.quiz;

import java.io.IOException;
import java.util.List;
import org.xistudy.content.PackIndex;
import org.xistudy.study.progress.ProgressStore;
import org.xistudy.ui.AppContext;
import org.xistudy.ui.services.StudyService;

/**
 * "Add misses to my study cards" through the flashcards' {@link StudyService}: the cards become
 * due now and come first in the next study session. The service saves before it returns.
 */
final class StudyCardsLink implements MissesToStudy {
    private final AppContext context;

    StudyCardsLink(AppContext context) {
        this.context = context;
    }

    @Override
    public int makeDue(String packId, List<String> cardIds) throws IOException {
        StudyService study = StudyService.of(context);
        PackIndex index = context.packs().getIndex();
        if (index == null || !packId.equals(index.pack().id())) {
            throw new IOException(context.text("quiz.study.otherPack"));
        }
        if (!study.canSave()) {
            ProgressStore.Access access = study.accessProperty().get();
            throw new IOException(context.text(access == ProgressStore.Access.OTHER_INSTANCE
                    ? "quiz.study.otherInstance" : "quiz.study.readOnly"));
        }
        if (!study.makeDueNow(cardIds)) {
            // the service has told the user what went wrong with the disk
            throw new IOException(context.text("quiz.study.notSaved"));
        }
        return (int) cardIds.stream().distinct().filter(id -> index.card(id).isPresent()).count();
    }
}
