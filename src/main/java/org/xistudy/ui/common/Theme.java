package org.xistudy.ui.common;

import java.net.URL;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;

/**
 * The look of the app: a colour palette (light, dark, or projector) and a text size step.
 * Palettes define looked-up colours; {@code app.css} draws everything with them. The projector
 * palette also sets a larger base type, through the {@code palette-projector} style class that
 * {@link #apply} puts on the root next to the {@code text-scale-N} class.
 *
 * <p>Windows shown to an audience (the classroom quiz, lesson presentations) use
 * {@link #audiencePaletteProperty()}, the projector palette unless changed, whatever the main
 * window uses: they take {@code audiencePaletteProperty().get().stylesheet()} as their first sheet.
 */
public final class Theme {

    /** The colour palettes. */
    public enum Palette {
        LIGHT("/css/palette-light.css"),
        DARK("/css/palette-dark.css"),
        /** High contrast and larger type, for a washed-out image in a lit room. */
        PROJECTOR("/css/palette-projector.css");

        private final String css;

        Palette(String css) {
            this.css = css;
        }

        /** The palette's style sheet, as a URL for {@code Scene.getStylesheets()}. */
        public String stylesheet() {
            return Theme.class.getResource(css).toExternalForm();
        }

        /** The style class {@link Theme#apply} sets on the root: {@code palette-light} and so on. */
        public String styleClass() {
            return "palette-" + name().toLowerCase(Locale.ROOT);
        }
    }

    /** Text size steps, in percent of the base size. The style class is {@code text-scale-N}. */
    public static final List<Integer> SCALES = List.of(100, 115, 130, 150, 175, 200);

    /** The sheets controls carry themselves (user-agent or their own), not the scene. */
    static final List<String> CONTROL_SHEETS = List.of("/css/answer.css", "/css/evidence-view.css");

    private final ObjectProperty<Palette> palette = new SimpleObjectProperty<>(this, "palette", Palette.LIGHT);
    private final ObjectProperty<Palette> audiencePalette = new SimpleObjectProperty<>(this, "audiencePalette",
            Palette.PROJECTOR);
    private final IntegerProperty scale = new SimpleIntegerProperty(this, "scale", 0);
    private final ObservableList<String> stylesheets = FXCollections.observableArrayList();
    private final List<String> sheets;
    /** Sheets of {@link #sheets} not in use yet: they come in with {@link #use} or {@link #useAll}. */
    private final Set<String> waiting;
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>(this, "language", Locale.ENGLISH);

    /** A theme over the given style sheets (resource paths, such as {@code /css/app.css}), in order. */
    public Theme(List<String> sheets) {
        this(sheets, Set.of());
    }

    /**
     * A theme over the given style sheets, in order, of which those in {@code later} are left out
     * of the scene until {@link #use} or {@link #useAll} asks for them. Every sheet in the scene
     * is matched against every node at each styling; a window that shows one view at start-up
     * needs only that view's sheet for its first frame.
     */
    public Theme(List<String> sheets, Collection<String> later) {
        this.sheets = List.copyOf(sheets);
        this.waiting = new HashSet<>(later);
        this.waiting.retainAll(this.sheets);
        stylesheets.setAll(urls(palette.get()));
        palette.addListener((obs, old, now) -> stylesheets.setAll(urls(now)));
        language.addListener((obs, old, now) -> stylesheets.setAll(urls(palette.get())));
    }

    /** Puts a sheet that was left for later into the scene, in its place in the order. */
    public void use(String sheet) {
        if (waiting.remove(sheet)) {
            stylesheets.setAll(urls(palette.get()));
        }
    }

    /** Puts every sheet left for later into the scene. */
    public void useAll() {
        if (!waiting.isEmpty()) {
            waiting.clear();
            stylesheets.setAll(urls(palette.get()));
        }
    }

    /** Whether a sheet is in the scene's sheets (or would be, if it exists). */
    public boolean inUse(String sheet) {
        return sheets.contains(sheet) && !waiting.contains(sheet);
    }

    /** The palette, then the style sheets in use that exist. */
    private List<String> urls(Palette p) {
        return windowSheets(p, sheets.stream().filter(s -> !waiting.contains(s)).toList());
    }

    /**
     * The sheets of a window in the given palette: the palette's, then each of {@code resources}
     * (resource paths) that exists, and last the font override this system may need for the
     * interface's language ({@link CjkFonts}), which covers the controls' own sheets too.
     */
    public List<String> windowSheets(Palette p, List<String> resources) {
        List<String> out = new ArrayList<>();
        out.add(p.stylesheet());
        List<String> renamed = new ArrayList<>();
        for (String sheet : resources) {
            URL url = Theme.class.getResource(sheet);
            if (url != null) {
                out.add(url.toExternalForm());
                renamed.add(url.toExternalForm());
            }
        }
        for (String sheet : CONTROL_SHEETS) {
            URL url = Theme.class.getResource(sheet);
            if (url != null && !renamed.contains(url.toExternalForm())) {
                renamed.add(url.toExternalForm());
            }
        }
        CjkFonts.overrideSheet(renamed, language.get()).ifPresent(out::add);
        return List.copyOf(out);
    }

    /** The interface's language, which picks the Chinese font where one must be named. */
    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    public ObjectProperty<Palette> paletteProperty() {
        return palette;
    }

    /** The palette of windows shown to an audience (classroom quiz, lessons); projector by default. */
    public ObjectProperty<Palette> audiencePaletteProperty() {
        return audiencePalette;
    }

    /** The text size step, an index into {@link #SCALES}. */
    public IntegerProperty scaleProperty() {
        return scale;
    }

    public ObservableList<String> stylesheets() {
        return stylesheets;
    }

    public void larger() {
        scale.set(Math.min(SCALES.size() - 1, scale.get() + 1));
    }

    public void smaller() {
        scale.set(Math.max(0, scale.get() - 1));
    }

    public void resetSize() {
        scale.set(0);
    }

    /** Applies the theme to a scene and keeps it applied as the settings change. */
    public void apply(Scene scene) {
        Bindings.bindContent(scene.getStylesheets(), stylesheets);
        Runnable scaleClass = () -> {
            scene.getRoot().getStyleClass().removeIf(c -> c.startsWith("text-scale-") || c.startsWith("palette-"));
            scene.getRoot().getStyleClass().addAll("text-scale-" + scale.get(), palette.get().styleClass());
        };
        scaleClass.run();
        scale.addListener((obs, o, n) -> scaleClass.run());
        palette.addListener((obs, o, n) -> scaleClass.run());
        scene.rootProperty().addListener((obs, o, n) -> scaleClass.run());
    }
}
