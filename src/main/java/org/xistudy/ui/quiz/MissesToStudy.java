package org.xistudy.ui.quiz;

import java.io.IOException;
import java.util.List;

/** Hands missed questions' cards to the flashcard scheduler, which makes them due now. */
public interface MissesToStudy {

    /**
     * Makes the cards due now in the study queue of the pack.
     *
     * @return how many cards are now due because of this call
     * @throws IOException when the study progress cannot be saved
     */
    int makeDue(String packId, List<String> cardIds) throws IOException;
}
