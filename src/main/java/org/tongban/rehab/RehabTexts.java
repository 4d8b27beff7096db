package org.tongban.rehab;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/** Translations outside a component (REST answers, case facts), from the UI's bundles (zh_CN default, en). */
@Component
class RehabTexts {

    String get(String key, Locale locale) {
        Locale l = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        try {
            return ResourceBundle.getBundle("vaadin-i18n/translations", l).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
