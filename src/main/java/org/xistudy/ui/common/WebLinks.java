package org.xistudy.ui.common;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.xistudy.content.SafeUrl;

/**
 * The one way a web address from a pack becomes a control: a link, with the address in its
 * tooltip, when {@link SafeUrl} allows opening it; otherwise a label that shows the address as
 * text and opens nothing.
 */
public final class WebLinks {

    /** Where the words come from: {@code UiText::format} or {@code QuizTexts::text}. */
    @FunctionalInterface
    public interface Texts {
        String text(String key, Object... args);
    }

    private WebLinks() {
    }

    /**
     * A link labelled {@code label} that passes {@code url} to {@code open}, or, when the address
     * may not be opened, a label with the address as text; both carry {@code styleClass}.
     */
    public static Node of(String label, String url, Texts texts, Consumer<String> open, String styleClass) {
        if (!SafeUrl.isSafe(url)) {
            return refused(label, url, texts, styleClass);
        }
        Hyperlink link = new Hyperlink(label);
        link.getStyleClass().add(styleClass);
        link.setWrapText(true);
        link.setMinHeight(Region.USE_PREF_SIZE);
        link.setTooltip(new Tooltip(tip(url, texts)));
        link.setOnAction(e -> open.accept(url));
        return link;
    }

    /** What the tooltip of a web link says: the address it opens. */
    public static String tip(String url, Texts texts) {
        return texts.text("link.web.tip", SafeUrl.shown(url));
    }

    private static Label refused(String label, String url, Texts texts, String styleClass) {
        String reason = SafeUrl.problem(url).orElse("");
        Label l = new Label(texts.text("link.web.refused", label, reason, SafeUrl.shown(url)));
        l.getStyleClass().addAll(styleClass, "web-link-refused");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
