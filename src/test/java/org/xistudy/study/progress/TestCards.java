package org.xistudy.study.progress;

import java.util.List;
import org.xistudy.content.model.Card;
import org.xistudy.content.model.CardType;
import org.xistudy.content.model.Cite;

/** Cards for tests, built in code. */
final class TestCards {
    private TestCards() {
    }

    static Card basic(String id) {
        return new Card(id, CardType.BASIC, List.of("t"), "Front of " + id, "Back of " + id, null, null, null, null,
                null, null, null, null, null, null, List.of(), List.of(), List.of(), List.of(new Cite(null, "r", null)));
    }

    static Card reversed(String id) {
        return new Card(id, CardType.REVERSED, List.of("t"), "Front of " + id, "Back of " + id, null, null, null, null,
                null, null, null, null, null, null, List.of(), List.of(), List.of(), List.of(new Cite(null, "r", null)));
    }
}
