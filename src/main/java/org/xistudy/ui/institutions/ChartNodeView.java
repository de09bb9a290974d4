package org.xistudy.ui.institutions;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.xistudy.study.chart.ChartNode;
import org.xistudy.study.names.NameStyle;

/**
 * One body or person on the chart: its name as the user asked (English, with the characters
 * beneath; or the characters with pinyin), and a line with the abbreviation and the years. Its kind shows as its shape and colours (style class
 * {@code kind-party} and so on).
 */
final class ChartNodeView extends VBox {
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass RELATED = PseudoClass.getPseudoClass("related");
    static final PseudoClass MATCH = PseudoClass.getPseudoClass("match");
    static final PseudoClass FADED = PseudoClass.getPseudoClass("faded");
    static final PseudoClass ENDING = PseudoClass.getPseudoClass("ending");
    static final PseudoClass STARTING = PseudoClass.getPseudoClass("starting");
    static final PseudoClass HOVER_EDGE = PseudoClass.getPseudoClass("edge-end");

    private final ChartNode node;
    private final Label name = new Label();
    private final Label zh = new Label();
    private final Label meta = new Label();
    private final Label note = new Label();
    private String accessible = "";

    ChartNodeView(ChartNode node, NameStyle names) {
        this.node = node;
        getStyleClass().addAll("chart-node", "kind-" + node.kind().key());
        setAlignment(Pos.CENTER_LEFT);
        setFillWidth(true);
        name.getStyleClass().add("node-name");
        name.setWrapText(true);
        name.setText(node.fullName().first(names));
        zh.getStyleClass().add("node-zh");
        zh.setText(node.fullName().second(names).orElse(""));
        meta.getStyleClass().add("node-meta");
        note.getStyleClass().add("node-note");
        note.setWrapText(true);
        for (Label l : new Label[] {name, zh, meta, note}) {
            l.setMinHeight(USE_PREF_SIZE);
            l.setMaxWidth(Double.MAX_VALUE);
            l.setMouseTransparent(true);
        }
        zh.managedProperty().bind(zh.textProperty().isNotEmpty());
        zh.visibleProperty().bind(zh.managedProperty());
        meta.managedProperty().bind(meta.textProperty().isNotEmpty());
        meta.visibleProperty().bind(meta.managedProperty());
        note.managedProperty().bind(note.textProperty().isNotEmpty());
        note.visibleProperty().bind(note.managedProperty());
        getChildren().addAll(name, zh, meta, note);
        setManaged(false);
        setAccessibleRole(AccessibleRole.LIST_ITEM);
        setFocusTraversable(false);
    }

    ChartNode node() {
        return node;
    }

    /** The width the lines that never wrap (characters, abbreviation and years) need, with insets. */
    double unwrappedWidth() {
        double w = Math.max(zh.prefWidth(-1), meta.prefWidth(-1));
        return Math.ceil(w + snappedLeftInset() + snappedRightInset());
    }

    /** The name label, whose font tells the text size the chart is measured at. */
    Label nameLabel() {
        return name;
    }

    void setMeta(String text) {
        meta.setText(text);
    }

    /** A line under the years, such as the body this one was upgraded from; empty for none. */
    void setNote(String text) {
        note.setText(text == null ? "" : text);
    }

    void setAccessible(String text) {
        accessible = text;
        setAccessibleText(text);
        notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
    }

    void set(PseudoClass pc, boolean on) {
        pseudoClassStateChanged(pc, on);
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        if (attribute == AccessibleAttribute.TEXT) {
            return accessible;
        }
        if (attribute == AccessibleAttribute.SELECTED) {
            return getPseudoClassStates().contains(SELECTED);
        }
        return super.queryAccessibleAttribute(attribute, parameters);
    }
}
