package org.xistudy.ui.common;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/**
 * Where copied text goes. The app registers {@link #system()} as a service; tests register one of
 * their own to see what was copied.
 */
@FunctionalInterface
public interface TextClipboard {

    /** Puts {@code text} on the clipboard, replacing what was there. */
    void put(String text);

    /** The system clipboard (FX thread only). */
    static TextClipboard system() {
        return text -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        };
    }
}
