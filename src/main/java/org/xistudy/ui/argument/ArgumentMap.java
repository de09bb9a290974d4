package org.xistudy.ui.argument;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Background;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.transform.Transform;
import org.xistudy.content.model.Claim;
import org.xistudy.content.model.ClaimKind;

/**
 * The essay's argument as a layered tree on its side, which suits a wide screen: the thesis on
 * the left, the claims that support it in the next column, and so on, each a box with its kind,
 * its few words and a caption (how much backs it). Lines join a claim to the claims it rests on;
 * the selected claim and the lines to its parent and children stand out. It scrolls by itself
 * when the tree is larger than its room and keeps the selection in view.
 *
 * <p>Keys: ← the claim it supports, → the first claim beneath it, ↑ ↓ the claims beside it in the
 * same column, Home the thesis, Enter opens the selected claim ({@link #onOpenProperty()}). A click selects,
 * a double click opens. The layout is {@code study.argument.ArgumentLayout}; the colours of the
 * lines come from CSS ({@code -argument-edge}, {@code -argument-edge-selected}).
 */
public final class ArgumentMap extends Control {
    private static final String STYLESHEET = ArgumentMap.class.getResource("/css/argument-map.css").toExternalForm();
    /** A box's width, in em of the claims' titles, unless set otherwise. */
    public static final double DEFAULT_BOX_WIDTH = 12;
    private static final StyleablePropertyFactory<ArgumentMap> FACTORY =
            new StyleablePropertyFactory<>(Control.getClassCssMetaData());

    private final ObjectProperty<List<Claim>> claims = new SimpleObjectProperty<>(this, "claims", List.of());
    private final StringProperty selectedId = new SimpleStringProperty(this, "selectedId");
    private final ObjectProperty<Function<ClaimKind, String>> kindNames = new SimpleObjectProperty<>(this,
            "kindNames", k -> k.jsonName());
    private final ObjectProperty<Map<String, String>> captions = new SimpleObjectProperty<>(this, "captions", Map.of());
    private final ObjectProperty<Consumer<String>> onOpen = new SimpleObjectProperty<>(this, "onOpen", id -> { });
    private final BooleanProperty wholeTree = new SimpleBooleanProperty(this, "wholeTree");
    private final BooleanProperty fitted = new SimpleBooleanProperty(this, "fitted");
    private final DoubleProperty boxWidth = new SimpleDoubleProperty(this, "boxWidth", DEFAULT_BOX_WIDTH);
    private final StyleableObjectProperty<Paint> edge = (StyleableObjectProperty<Paint>) FACTORY
            .createStyleablePaintProperty(this, "edge", "-argument-edge", m -> m.edge, Color.GRAY);
    private final StyleableObjectProperty<Paint> edgeSelected = (StyleableObjectProperty<Paint>) FACTORY
            .createStyleablePaintProperty(this, "edgeSelected", "-argument-edge-selected", m -> m.edgeSelected,
                    Color.DARKRED);

    public ArgumentMap() {
        getStyleClass().setAll("argument-map");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.TREE_VIEW);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new ArgumentMapSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return STYLESHEET;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return FACTORY.getCssMetaData();
    }

    /** The CSS properties of this class, as JavaFX expects of a styleable control. */
    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return FACTORY.getCssMetaData();
    }

    /** The claims to draw (a tree: one without a parent, the others naming theirs). */
    public ObjectProperty<List<Claim>> claimsProperty() {
        return claims;
    }

    /** The selected claim's id, or null. */
    public StringProperty selectedIdProperty() {
        return selectedId;
    }

    /** A claim kind's name as the box shows it. */
    public ObjectProperty<Function<ClaimKind, String>> kindNamesProperty() {
        return kindNames;
    }

    /** A line under each claim's title, by claim id ("4 items · 2 critical notes"). */
    public ObjectProperty<Map<String, String>> captionsProperty() {
        return captions;
    }

    /** Called with a claim's id on Enter or a double click. */
    public ObjectProperty<Consumer<String>> onOpenProperty() {
        return onOpen;
    }

    /**
     * Whether the whole argument is shown in the room the map has, on one screen: the boxes then
     * show only their titles (the kind stays in their colour), and the map is scaled down when it
     * must be; selecting, keys and links work as ever. Off: full boxes, and the map scrolls.
     */
    public BooleanProperty fittedProperty() {
        return fitted;
    }

    /**
     * Whether the map is as large as its tree, for a screen nobody scrolls (a lesson step on the
     * projector): its preferred size is then the whole tree's, it never scrolls, and its host
     * scales it to fit. Off by default: the map prefers a size of its own and scrolls.
     */
    public BooleanProperty wholeTreeProperty() {
        return wholeTree;
    }

    /**
     * A box's width in em of the claims' titles ({@value #DEFAULT_BOX_WIDTH} unless set): narrower
     * boxes make a narrower, taller map, their titles wrapping on more lines.
     */
    public DoubleProperty boxWidthProperty() {
        return boxWidth;
    }

    Paint edgePaint() {
        return edge.get();
    }

    Paint edgeSelectedPaint() {
        return edgeSelected.get();
    }

    StyleableObjectProperty<Paint> edgeProperty() {
        return edge;
    }

    StyleableObjectProperty<Paint> edgeSelectedProperty() {
        return edgeSelected;
    }

    /**
     * The whole map as a picture at {@code scale} times the screen's size, for slides and
     * handouts: every claim (not only the part scrolled into view) and no selection highlight;
     * the selection is put back afterwards.
     */
    public WritableImage picture(double scale) {
        applyCss();
        layout();
        Node board = lookup(".argument-board");
        if (board == null) {
            throw new IllegalStateException("the map has no skin yet");
        }
        String selected = selectedId.get();
        selectedId.set(null);
        // at full size even when the map is fitted (scaled down) on screen
        List<Transform> fit = new ArrayList<>(board.getTransforms());
        board.getTransforms().clear();
        try {
            SnapshotParameters params = new SnapshotParameters();
            params.setTransform(Transform.scale(scale, scale));
            Background bg = getBackground();
            params.setFill(bg == null || bg.getFills().isEmpty() ? Color.WHITE : bg.getFills().get(0).getFill());
            return board.snapshot(params, null);
        } finally {
            board.getTransforms().setAll(fit);
            selectedId.set(selected);
        }
    }

    /** The claim with this id among those drawn. */
    Optional<Claim> claim(String id) {
        return id == null ? Optional.empty() : claims.get().stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
