package org.xistudy.study.print;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.xistudy.study.quiz.Phrase;

/**
 * Words from the UI's resource bundles for work without a window (the command line): the first
 * bundle that has a key wins. A missing key shows as the key itself rather than failing.
 */
public final class BundleTexts implements Phrase.Texts {
    /** The bundles the handouts and exports use. */
    public static final List<String> HANDOUT_BUNDLES = List.of("i18n.print", "i18n.quiz");

    private final List<ResourceBundle> bundles = new ArrayList<>();
    private final Locale locale;

    public BundleTexts(List<String> baseNames, Locale locale) {
        this.locale = locale;
        for (String name : baseNames) {
            try {
                bundles.add(ResourceBundle.getBundle(name, locale));
            } catch (MissingResourceException e) {
                // a part without a bundle has no words to give
            }
        }
    }

    /** The handouts' words in a language. */
    public static BundleTexts handouts(Locale locale) {
        return new BundleTexts(HANDOUT_BUNDLES, locale);
    }

    @Override
    public String text(String key, Object... args) {
        for (ResourceBundle b : bundles) {
            if (b.containsKey(key)) {
                String pattern = b.getString(key);
                return new MessageFormat(pattern, locale).format(args);
            }
        }
        return key;
    }
}
