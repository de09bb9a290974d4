package org.xistudy.ui.reader;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.xistudy.content.essay.Essay;

/**
 * One block of the essay (title, heading, paragraph, caption), with its paragraph number and any
 * highlighted ranges. Paragraphs take the keyboard focus so a reader can step through them.
 */
public final class EssayBlockView extends Control {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final Essay.Block block;
    private final ObjectProperty<List<Highlight>> highlights = new SimpleObjectProperty<>(this, "highlights",
            List.of());
    private final BooleanProperty selected = new SimpleBooleanProperty(
            this, "selected") {
        @Override
        protected void invalidated() {
            pseudoClassStateChanged(SELECTED, get());
        }
    };

    /** A block of the essay; {@code accessibleText} is what a screen reader says for it (its number, its words). */
    public EssayBlockView(Essay.Block block, String accessibleText) {
        this.block = block;
        getStyleClass().setAll("essay-block", "essay-" + block.kind().name().toLowerCase(Locale.ROOT)
                .replace('_', '-'));
        setFocusTraversable(block.kind() == Essay.Kind.PARAGRAPH);
        setAccessibleRole(AccessibleRole.TEXT);
        setAccessibleText(accessibleText);
        setId("block-" + block.anchor());
    }

    public Essay.Block getBlock() {
        return block;
    }

    public ObjectProperty<List<Highlight>> highlightsProperty() {
        return highlights;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    /** The height depends on the width, as text wraps. */
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new EssayBlockSkin(this);
    }
}
