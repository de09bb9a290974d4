package org.xistudy.ui.common;

import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * All UI text as one bundle, read from one properties file per area ({@code i18n/messages},
 * {@code i18n/timeline}, ...), so each view keeps its own strings. A key defined twice is a bug;
 * the first file wins. Files are read as UTF-8 ({@link java.util.PropertyResourceBundle}'s default
 * since Java 9); a language's files are {@code <name>_<lang>_<COUNTRY>.properties} ({@code _zh_CN}).
 */
public final class CompositeBundle extends ResourceBundle {
    /**
     * Only the asked-for language and the English base files: without this, asking for English on
     * a machine set to Chinese would find the machine's language first.
     */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Locale locale;

    public CompositeBundle(List<String> baseNames, Locale locale) {
        this.locale = locale;
        for (String name : baseNames) {
            ResourceBundle b;
            try {
                b = ResourceBundle.getBundle(name, locale, NO_FALLBACK);
            } catch (MissingResourceException e) {
                continue;
            }
            for (String key : Collections.list(b.getKeys())) {
                values.putIfAbsent(key, b.getObject(key));
            }
        }
    }

    @Override
    protected Object handleGetObject(String key) {
        return values.get(key);
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(values.keySet());
    }

    @Override
    public Locale getLocale() {
        return locale;
    }
}
