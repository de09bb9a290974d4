package org.xistudy.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import org.xistudy.study.names.ItemNames;
import org.xistudy.study.names.Name;
import org.xistudy.study.names.NameStyle;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.xistudy.content.SafeUrl;
import org.xistudy.ui.common.BackgroundWork;
import org.xistudy.ui.common.CompositeBundle;
import org.xistudy.ui.common.DialogService;
import org.xistudy.ui.common.FxDialogService;
import org.xistudy.ui.common.TextClipboard;
import org.xistudy.ui.common.Theme;
import org.xistudy.ui.common.UiText;

/**
 * The services every controller may use: the open pack, navigation, dialogs, UI text and the
 * theme. Controllers receive it through their constructor when the FXML loader creates them.
 */
public final class AppContext {
    private ResourceBundle bundle;
    private UiText uiText;
    private final ReadOnlyObjectWrapper<Locale> language = new ReadOnlyObjectWrapper<>(this, "language");
    private final BackgroundWork background;
    private final PackModel packs;
    private final Navigator navigator;
    private final Theme theme = new Theme(UiPart.stylesheets(), UiPart.viewStylesheets());
    private final DialogService dialogs;
    private final Path dataDir;
    private final Map<Class<?>, Object> services = new HashMap<>();
    private final ObjectProperty<Integer> focusYear = new SimpleObjectProperty<>(this, "focusYear");
    private final ObjectProperty<NameStyle> nameStyle = new SimpleObjectProperty<>(this, "nameStyle",
            NameStyle.ENGLISH_CHINESE);
    private Window window;
    private Consumer<String> urlOpener = url -> { };

    /** The context of the running app: JavaFX dialogs and background threads. */
    public AppContext(Locale locale, Path dataDir) {
        this(locale, dataDir, BackgroundWork.threads(), null);
    }

    /**
     * A context with the given background work and dialogs (tests pass same-thread work and a
     * fake); {@code dialogs} null means the JavaFX dialogs.
     */
    public AppContext(Locale locale, Path dataDir, BackgroundWork background, DialogService dialogs) {
        useLanguage(supported(locale));
        this.dataDir = dataDir;
        this.background = Objects.requireNonNull(background);
        this.packs = new PackModel(background);
        this.navigator = new Navigator(packs::getIndex);
        theme.languageProperty().bind(language);
        this.dialogs = dialogs != null ? dialogs
                : new FxDialogService(this::bundle, this::dialogOwner, () -> List.copyOf(theme.stylesheets()),
                        () -> service(TextClipboard.class, TextClipboard::system));
    }

    /**
     * The language the UI speaks of those it has: Simplified Chinese for Chinese in mainland
     * script (zh, zh-CN, zh-SG, zh-Hans), English for everything else.
     */
    public static Locale supported(Locale wanted) {
        if (wanted != null && "zh".equals(wanted.getLanguage())) {
            String script = wanted.getScript();
            String country = wanted.getCountry();
            boolean traditional = "Hant".equals(script)
                    || (script.isEmpty() && List.of("TW", "HK", "MO").contains(country));
            if (!traditional) {
                return Locale.SIMPLIFIED_CHINESE;
            }
        }
        return Locale.ENGLISH;
    }

    /** The UI's language ({@link Locale#ENGLISH} or {@link Locale#SIMPLIFIED_CHINESE}). */
    public ReadOnlyObjectProperty<Locale> languageProperty() {
        return language.getReadOnlyProperty();
    }

    public Locale language() {
        return language.get();
    }

    /**
     * Switches the UI's language: the bundle and {@link #uiText()} change at once; views made
     * from now on speak it, and the shell, listening to {@link #languageProperty()}, rebuilds the
     * window. Services (the pack, study progress, lessons) are not touched.
     */
    public void setLanguage(Locale locale) {
        Locale l = supported(locale);
        if (!l.equals(language.get())) {
            useLanguage(l);
        }
    }

    private void useLanguage(Locale l) {
        bundle = new CompositeBundle(UiPart.bundles(), l);
        uiText = new UiText(bundle);
        language.set(l);
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** All UI text: words by key and dates, in the UI's language. */
    public UiText uiText() {
        return uiText;
    }

    /** UI text by key. */
    public String text(String key) {
        return uiText.get(key);
    }

    /** UI text by key, with {@link java.text.MessageFormat} arguments. */
    public String text(String key, Object... args) {
        return uiText.format(key, args);
    }

    public PackModel packs() {
        return packs;
    }

    public Navigator navigator() {
        return navigator;
    }

    public DialogService dialogs() {
        return dialogs;
    }

    /** Where work runs that must not hold up the FX thread. */
    public BackgroundWork background() {
        return background;
    }

    public Theme theme() {
        return theme;
    }

    /**
     * The year the user is looking at, shared between views: selecting a timeline event sets it,
     * and the institution chart follows it. Null when nothing has set it yet.
     */
    public ObjectProperty<Integer> focusYearProperty() {
        return focusYear;
    }

    /**
     * How names of people and bodies are shown (View › Names); never null. The shell makes the
     * window again when it changes, as for a change of language.
     */
    public ObjectProperty<NameStyle> nameStyleProperty() {
        return nameStyle;
    }

    /** A person's or body's name as {@link #nameStyleProperty()} wants it on one line. */
    public String name(Name name) {
        return name.inline(nameStyle.get() == null ? NameStyle.ENGLISH_CHINESE : nameStyle.get());
    }

    /**
     * An item of the open pack by its label, people and bodies named as {@link #nameStyleProperty()}
     * wants ({@link ItemNames}); the id itself for an unknown item.
     */
    public String itemLabel(String id) {
        return ItemNames.label(packs.getIndex(), id, nameStyle.get());
    }

    /** Where the user's progress and settings are kept. */
    public Path dataDir() {
        return dataDir;
    }

    public Window window() {
        return window;
    }

    public void setWindow(Window window) {
        this.window = window;
    }

    /** Dialogs open over the window the user is working in (the presenter's, say), else the main one. */
    private Window dialogOwner() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage && w.isFocused()).findFirst().orElse(window);
    }

    /**
     * Opens a web address in the user's browser, if {@link SafeUrl} allows it; any other address
     * is refused with a message and never reaches the opener (the last line of defence: the
     * controls already show such addresses as text). Returns whether the address was opened.
     */
    public boolean openUrl(String url) {
        var problem = SafeUrl.problem(url);
        if (problem.isPresent()) {
            dialogs.showError(text("link.web.refusedTitle"), text("link.web.refusedBody", problem.get(),
                    SafeUrl.shown(url)));
            return false;
        }
        urlOpener.accept(url);
        return true;
    }

    /** The application sets how web addresses are opened (its host services). */
    public void setUrlOpener(Consumer<String> opener) {
        this.urlOpener = Objects.requireNonNull(opener);
    }

    /** Registers a shared service, such as the progress store, for controllers to find. */
    public <T> void register(Class<T> type, T service) {
        services.put(type, Objects.requireNonNull(service));
    }

    /** A shared service registered earlier. */
    public <T> T service(Class<T> type) {
        Object s = services.get(type);
        if (s == null) {
            throw new IllegalStateException("no service " + type.getName() + " is registered");
        }
        return type.cast(s);
    }

    /** A shared service, made by {@code create} and registered the first time it is asked for. */
    public <T> T service(Class<T> type, Supplier<T> create) {
        Object s = services.get(type);
        if (s == null) {
            s = Objects.requireNonNull(create.get());
            services.put(type, s);
        }
        return type.cast(s);
    }

    /** Loads an FXML file below {@code org/xistudy/ui/}, with this context's bundle and controllers. */
    public <C> Loaded<C> load(String fxml) {
        URL url = AppContext.class.getResource("/org/xistudy/ui/" + fxml);
        if (url == null) {
            throw new IllegalArgumentException("no FXML file " + fxml);
        }
        FXMLLoader loader = new FXMLLoader(url, bundle);
        loader.setControllerFactory(this::createController);
        try {
            Parent root = loader.load();
            return new Loaded<>(root, loader.getController());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + fxml, e);
        }
    }

    /** A loaded FXML file: its root node and its controller. */
    public record Loaded<C>(Parent root, C controller) {
    }

    private Object createController(Class<?> type) {
        try {
            for (Constructor<?> c : type.getConstructors()) {
                if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == AppContext.class) {
                    return c.newInstance(this);
                }
            }
            return type.getConstructor().newInstance();
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("cannot create controller " + type.getName(), cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create controller " + type.getName(), e);
        }
    }
}
