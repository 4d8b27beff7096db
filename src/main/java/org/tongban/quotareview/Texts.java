package org.tongban.quotareview;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The UI's translations (vaadin-i18n) for code outside a view: REST answers and case summaries. */
final class Texts {

    private Texts() {
    }

    static String text(String key, Locale locale, Object... arguments) {
        try {
            Locale l = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
            return MessageFormat.format(ResourceBundle.getBundle("vaadin-i18n/translations", l).getString(key), arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
