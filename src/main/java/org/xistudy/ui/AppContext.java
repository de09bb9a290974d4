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
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.stage.Window;
import org.xistudy.ui.common.DialogService;
import org.xistudy.ui.common.Theme;

/**
 * The services every controller may use: the open pack, navigation, dialogs, UI text and the
 * theme. Controllers receive it through their constructor when the FXML loader creates them.
 */
public final class AppContext {
    /** The resource bundles of UI text: the shell's, then one per view. */
    public static final List<String> BUNDLES = List.of("i18n.messages", "i18n.reader", "i18n.timeline",
            "i18n.institutions", "i18n.cards", "i18n.quiz", "i18n.present");

    private final ResourceBundle bundle;
    private final PackModel packs = new PackModel();
    private final Navigator navigator;
    private final Theme theme = new Theme();
    private final DialogService dialogs;
    private final Path dataDir;
    private final Map<Class<?>, Object> services = new HashMap<>();
    private final javafx.beans.property.ObjectProperty<Integer> focusYear =
            new javafx.beans.property.SimpleObjectProperty<>(this, "focusYear");
    private Window window;
    private java.util.function.Consumer<String> urlOpener = url -> { };

    public AppContext(Locale locale, Path dataDir) {
        this.bundle = new org.xistudy.ui.common.CompositeBundle(BUNDLES, locale);
        this.dataDir = dataDir;
        this.navigator = new Navigator(packs::getIndex);
        this.dialogs = new DialogService(bundle, () -> window, () -> List.copyOf(theme.stylesheets()));
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** UI text by key. */
    public String text(String key) {
        return bundle.getString(key);
    }

    /** UI text by key, with {@link java.text.MessageFormat} arguments. */
    public String text(String key, Object... args) {
        return new java.text.MessageFormat(bundle.getString(key), bundle.getLocale()).format(args);
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

    public Theme theme() {
        return theme;
    }

    /**
     * The year the user is looking at, shared between views: selecting a timeline event sets it,
     * and the institution chart follows it. Null when nothing has set it yet.
     */
    public javafx.beans.property.ObjectProperty<Integer> focusYearProperty() {
        return focusYear;
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

    /** Opens a web address in the user's browser. */
    public void openUrl(String url) {
        urlOpener.accept(url);
    }

    /** The application sets how web addresses are opened (its host services). */
    public void setUrlOpener(java.util.function.Consumer<String> opener) {
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
    public <T> T service(Class<T> type, java.util.function.Supplier<T> create) {
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
