package org.xistudy.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Skin;
import org.controlsfx.control.CheckComboBox;

/**
 * A filter of ticked items: ControlsFX's {@link CheckComboBox} (its items, check model, title and
 * converter) drawn by {@link FilterBoxSkin}, a box with the title and an arrow whose list of check
 * boxes is made the first time it is opened. The stock skin wraps a whole {@code ComboBox} and
 * measures its list view, with cells, scroll bars and their skins, as soon as it is shown, which
 * cost the timeline about a tenth of a second before its first frame for two filters nobody had
 * opened yet.
 *
 * <p>Space, Enter, Down or F4 opens the list; in it the arrow keys move between the items, Space
 * ticks one, and Escape or a click elsewhere closes it with the focus back on the box.
 */
public class FilterBox<T> extends CheckComboBox<T> {
    private static final String STYLESHEET = FilterBox.class.getResource("/css/filter-box.css").toExternalForm();
    private static final PseudoClass SHOWING = PseudoClass.getPseudoClass("showing");

    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(this, "showing") {
        @Override
        protected void invalidated() {
            pseudoClassStateChanged(SHOWING, get());
        }
    };

    public FilterBox() {
        getStyleClass().setAll("filter-box");
        setAccessibleRole(AccessibleRole.COMBO_BOX);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new FilterBoxSkin<>(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return STYLESHEET;
    }

    /** Whether the list of items is open. */
    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    public boolean isShowing() {
        return showing.get();
    }

    /** Set by the skin as its list opens and closes. */
    void setShowing(boolean value) {
        showing.set(value);
    }

    /** Opens the list of items (once the box has its skin and is in a window). */
    @Override
    public void show() {
        if (getSkin() instanceof FilterBoxSkin<?> skin) {
            skin.show();
        }
    }

    @Override
    public void hide() {
        if (getSkin() instanceof FilterBoxSkin<?> skin) {
            skin.hide();
        }
    }

    @Override
    public void executeAccessibleAction(AccessibleAction action, Object... parameters) {
        switch (action) {
            case EXPAND -> show();
            case COLLAPSE -> hide();
            default -> super.executeAccessibleAction(action, parameters);
        }
    }
}
