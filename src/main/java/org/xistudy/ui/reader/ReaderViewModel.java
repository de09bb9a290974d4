package org.xistudy.ui.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.xistudy.content.PackIndex;
import org.xistudy.content.essay.Essay.Passage;
import org.xistudy.content.essay.Essay;
import org.xistudy.content.model.Cited;

/**
 * The reader's state: the essay, the passage a link asked for, the selected block, and the
 * find-in-text search with its current match.
 */
public final class ReaderViewModel {
    private final ObjectProperty<PackIndex> index = new SimpleObjectProperty<>(this, "index");
    private final ObjectBinding<Essay> essay = Bindings.createObjectBinding(
            () -> index.get() == null ? null : index.get().essay(), index);
    private final ReadOnlyObjectWrapper<Passage> quoted = new ReadOnlyObjectWrapper<>(this, "quoted");
    private final ReadOnlyStringWrapper selectedAnchor = new ReadOnlyStringWrapper(this, "selectedAnchor");
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObjectBinding<List<Passage>> matches = Bindings.createObjectBinding(
            () -> essay.get() == null ? List.of() : essay.get().search(query.get()), essay, query);
    private final ReadOnlyIntegerWrapper matchIndex = new ReadOnlyIntegerWrapper(this, "matchIndex", -1);
    private final ObjectBinding<List<Cited>> citedHere = Bindings.createObjectBinding(
            () -> index.get() == null || selectedAnchor.get() == null ? List.of()
                    : index.get().itemsQuoting(selectedAnchor.get()), index, selectedAnchor);
    /** Bumped on every reveal, so the view scrolls even when the same passage is asked for twice. */
    private final ReadOnlyIntegerWrapper revealCount = new ReadOnlyIntegerWrapper(this, "revealCount");

    public ReaderViewModel() {
        matches.addListener((obs, old, now) -> matchIndex.set(now.isEmpty() ? -1 : 0));
        // A new version of the same pack (live reload) keeps the place; another pack starts afresh.
        index.addListener((obs, old, now) -> {
            boolean reload = old != null && now != null && old.pack().id().equals(now.pack().id());
            if (!reload) {
                quoted.set(null);
                selectedAnchor.set(null);
            } else if (selectedAnchor.get() != null && (now.essay() == null
                    || now.essay().block(selectedAnchor.get()).isEmpty())) {
                selectedAnchor.set(null);
            }
        });
    }

    public ObjectProperty<PackIndex> indexProperty() {
        return index;
    }

    public ObservableValue<Essay> essayProperty() {
        return essay;
    }

    public Essay getEssay() {
        return essay.get();
    }

    /** The passage the last link asked for, or null. */
    public ReadOnlyObjectProperty<Passage> quotedProperty() {
        return quoted.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty selectedAnchorProperty() {
        return selectedAnchor.getReadOnlyProperty();
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableValue<List<Passage>> matchesProperty() {
        return matches;
    }

    public ReadOnlyIntegerProperty matchIndexProperty() {
        return matchIndex.getReadOnlyProperty();
    }

    public ObservableValue<List<Cited>> citedHereProperty() {
        return citedHere;
    }

    public ReadOnlyIntegerProperty revealCountProperty() {
        return revealCount.getReadOnlyProperty();
    }

    /** Selects a block, as a click or the keyboard focus does. */
    public void select(String anchor) {
        selectedAnchor.set(anchor);
    }

    /**
     * Shows a quote (highlighted) or a block. Returns false when the essay does not contain it.
     */
    public boolean reveal(String quote, String anchor) {
        Essay e = essay.get();
        if (e == null) {
            return false;
        }
        if (quote != null) {
            Optional<Passage> p = e.find(quote);
            if (p.isEmpty()) {
                return false;
            }
            quoted.set(p.get());
            selectedAnchor.set(p.get().block().anchor());
        } else if (anchor != null) {
            if (e.block(anchor).isEmpty()) {
                return false;
            }
            quoted.set(null);
            selectedAnchor.set(anchor);
        } else {
            return false;
        }
        revealCount.set(revealCount.get() + 1);
        return true;
    }

    /** Clears the quote highlight. */
    public void clearQuote() {
        quoted.set(null);
    }

    public void nextMatch() {
        step(1);
    }

    public void previousMatch() {
        step(-1);
    }

    private void step(int delta) {
        int n = matches.get().size();
        if (n == 0) {
            return;
        }
        matchIndex.set(Math.floorMod(matchIndex.get() + delta, n));
        selectedAnchor.set(currentMatch().block().anchor());
    }

    /** The current search match, or null. */
    public Passage currentMatch() {
        int i = matchIndex.get();
        List<Passage> m = matches.get();
        return i >= 0 && i < m.size() ? m.get(i) : null;
    }

    /** The highlights to draw in one block, from the quote and the search. */
    public List<Highlight> highlightsFor(String anchor) {
        List<Highlight> out = new ArrayList<>();
        Passage q = quoted.get();
        if (q != null && q.block().anchor().equals(anchor)) {
            out.add(new Highlight(q.start(), q.end(), Highlight.QUOTE));
        }
        Passage current = currentMatch();
        for (Passage p : matches.get()) {
            if (p.block().anchor().equals(anchor)) {
                out.add(new Highlight(p.start(), p.end(), p == current ? Highlight.CURRENT : Highlight.MATCH));
            }
        }
        return out;
    }

    /** What the highlights of a block depend on, for bindings. */
    public Observable[] highlightDependencies() {
        return new Observable[] {quoted, matches, matchIndex};
    }
}
