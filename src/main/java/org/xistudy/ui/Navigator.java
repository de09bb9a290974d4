package org.xistudy.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.xistudy.content.ItemLink;
import org.xistudy.content.PackIndex;
import org.xistudy.content.model.Relation;

/**
 * Moves between views and follows links. Every link in the app goes through here, so that Back
 * and Forward work everywhere.
 */
public final class Navigator {

    /** A view and what it was asked to show. */
    public record Place(ViewId view, Target target) {
    }

    private final ReadOnlyObjectWrapper<ViewId> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(this, "canGoBack");
    private final ReadOnlyBooleanWrapper canGoForward = new ReadOnlyBooleanWrapper(this, "canGoForward");
    private final Deque<Place> back = new ArrayDeque<>();
    private final Deque<Place> forward = new ArrayDeque<>();
    private final Supplier<PackIndex> pack;
    private BiConsumer<ViewId, Target> display = (v, t) -> { };
    private Place here;

    public Navigator(Supplier<PackIndex> pack) {
        this.pack = pack;
    }

    /** The shell sets how a place is shown: make the view visible, then reveal the target. */
    public void setDisplay(BiConsumer<ViewId, Target> display) {
        this.display = Objects.requireNonNull(display);
    }

    public ReadOnlyObjectProperty<ViewId> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ViewId getCurrent() {
        return current.get();
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoForwardProperty() {
        return canGoForward.getReadOnlyProperty();
    }

    /** Shows a view as it was left. */
    public void show(ViewId view) {
        if (here != null && here.view() == view && here.target() == null) {
            display.accept(view, null);
            return;
        }
        go(new Place(view, null));
    }

    /** Follows a link. */
    public void open(Target target) {
        go(new Place(viewFor(target), target));
    }

    /** Follows a link to any item by id; returns false when the id names nothing that can be shown. */
    public boolean openItem(String id) {
        PackIndex index = pack.get();
        if (index == null) {
            return false;
        }
        var kind = index.kindOf(id);
        if (kind.isEmpty()) {
            return false;
        }
        switch (kind.get()) {
            case EVENT:
                open(new Target.EventTarget(id));
                return true;
            case INSTITUTION:
                open(new Target.InstitutionTarget(id, null));
                return true;
            case PERSON:
                open(new Target.PersonTarget(id, null));
                return true;
            case CARD:
                open(new Target.CardTarget(id));
                return true;
            case RELATION:
                Relation r = index.relation(id).orElseThrow();
                Integer year = r.start() == null ? null : r.start().year();
                open(index.institution(r.to()).isPresent() ? new Target.InstitutionTarget(r.to(), year)
                        : new Target.PersonTarget(r.to(), year));
                return true;
            case CLAIM:
                open(new Target.ClaimTarget(id));
                return true;
            case NOTE:
                return index.note(id).map(n -> !n.about().isEmpty() && openItem(n.about().get(0))).orElse(false);
            default:
                return false;
        }
    }

    /**
     * Follows an item link (see {@link ItemLink}): an event, body, person, card or note as
     * {@link #openItem} does, a year on the institution chart, a paragraph in the essay. Returns
     * false when the open pack has nothing the link names ({@link ItemLink#check} says why).
     */
    public boolean openLink(ItemLink link) {
        PackIndex index = pack.get();
        if (index == null || link.check(index).isPresent()) {
            return false;
        }
        switch (link.kind()) {
            case YEAR:
                open(new Target.YearTarget(link.number()));
                return true;
            case PARAGRAPH:
                open(Target.PassageTarget.anchor(link.anchor()));
                return true;
            default:
                return openItem(link.value());
        }
    }

    /**
     * Shows the current place again, without adding to the history: after the open pack was
     * reloaded, the view shows its target again in the new version.
     */
    public void refresh() {
        if (here != null) {
            display.accept(here.view(), here.target());
        }
    }

    public void goBack() {
        if (!back.isEmpty()) {
            forward.push(here);
            here = back.pop();
            apply();
        }
    }

    public void goForward() {
        if (!forward.isEmpty()) {
            back.push(here);
            here = forward.pop();
            apply();
        }
    }

    private void go(Place place) {
        if (here != null && !here.equals(place)) {
            back.push(here);
            forward.clear();
        }
        here = place;
        apply();
    }

    private void apply() {
        canGoBack.set(!back.isEmpty());
        canGoForward.set(!forward.isEmpty());
        current.set(here.view());
        display.accept(here.view(), here.target());
    }

    /** The view that shows a kind of target. */
    public static ViewId viewFor(Target target) {
        if (target instanceof Target.EventTarget) {
            return ViewId.TIMELINE;
        }
        if (target instanceof Target.CardTarget) {
            return ViewId.CARDS;
        }
        if (target instanceof Target.PassageTarget) {
            return ViewId.SOURCE;
        }
        if (target instanceof Target.ClaimTarget) {
            return ViewId.ARGUMENT;
        }
        return ViewId.INSTITUTIONS;
    }
}
