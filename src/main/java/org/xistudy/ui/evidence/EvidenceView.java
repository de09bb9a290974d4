package org.xistudy.ui.evidence;

import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.xistudy.study.evidence.Evidence;
import org.xistudy.ui.common.UiText;

/**
 * The evidence panel, one for the whole app: an item's sources (a quote, which opens the essay at
 * its paragraph; an outside source with its title, author and address), the items it links to
 * (which open in their views) and the reading notes on it, with one look and one keyboard
 * behaviour wherever it appears (the back of a card, the timeline's and the chart's details, the
 * quiz's feedback, a lesson step on the projector). Sizes are in ems: a larger font on the panel
 * makes all of it larger. What happens on a click is the host's, through the three handlers.
 */
public final class EvidenceView extends Control {
    private static final String STYLESHEET = EvidenceView.class.getResource("/css/evidence-view.css").toExternalForm();

    private final ObjectProperty<Evidence> evidence = new SimpleObjectProperty<>(this, "evidence", Evidence.NONE);
    private final ObjectProperty<UiText> text = new SimpleObjectProperty<>(this, "text");
    private final ObjectProperty<Consumer<String>> onOpenItem = new SimpleObjectProperty<>(this, "onOpenItem", id -> { });
    private final ObjectProperty<Consumer<String>> onOpenQuote = new SimpleObjectProperty<>(this, "onOpenQuote", q -> { });
    private final ObjectProperty<Consumer<String>> onOpenUrl = new SimpleObjectProperty<>(this, "onOpenUrl", u -> { });
    private final BooleanProperty headings = new SimpleBooleanProperty(this, "headings", true);
    private final BooleanProperty interactive = new SimpleBooleanProperty(this, "interactive", true);
    private final ObjectProperty<UnaryOperator<String>> itemLabels = new SimpleObjectProperty<>(this, "itemLabels");

    public EvidenceView() {
        getStyleClass().setAll("evidence-view");
        setFocusTraversable(false); // its links take the focus, one by one
    }

    public EvidenceView(UiText text) {
        this();
        this.text.set(text);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new EvidenceViewSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return STYLESHEET;
    }

    /** What is shown; never null ({@link Evidence#NONE} for nothing). */
    public ObjectProperty<Evidence> evidenceProperty() {
        return evidence;
    }

    public Evidence getEvidence() {
        return evidence.get() == null ? Evidence.NONE : evidence.get();
    }

    public void setEvidence(Evidence e) {
        evidence.set(e == null ? Evidence.NONE : e);
    }

    /** Where the panel's words come from. */
    public ObjectProperty<UiText> textProperty() {
        return text;
    }

    /** Called with an item's id when its link is followed. */
    public ObjectProperty<Consumer<String>> onOpenItemProperty() {
        return onOpenItem;
    }

    /** Called with a quote when "Open in the essay" is followed. */
    public ObjectProperty<Consumer<String>> onOpenQuoteProperty() {
        return onOpenQuote;
    }

    /** Called with an outside source's address when it is followed. */
    public ObjectProperty<Consumer<String>> onOpenUrlProperty() {
        return onOpenUrl;
    }

    /**
     * Whether sources and items are links (the default); false for a screen nobody clicks on, such
     * as the projector's: a quote then says where it stands ("Zhao, paragraph 5") as plain text.
     */
    public BooleanProperty interactiveProperty() {
        return interactive;
    }

    /**
     * How a linked item is labelled, by its id: the host's names for people and bodies in the
     * chosen name style; null for the labels the evidence carries (English names).
     */
    public ObjectProperty<UnaryOperator<String>> itemLabelsProperty() {
        return itemLabels;
    }

    /** Whether each part has its heading (Source, Linked, Reading notes). */
    public BooleanProperty headingsProperty() {
        return headings;
    }
}
