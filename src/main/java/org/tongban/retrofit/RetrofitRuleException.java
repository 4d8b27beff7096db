package org.tongban.retrofit;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.tongban.inbox.RuleRefusal;

/**
 * A rule of the procedure refuses what the user asked (cap, one plan per household, the notice
 * period): a {@link RuleRefusal} with a {@code retrofit.refusal.…} key, so the inbox, the UI's
 * error handler and REST (422) all show its translated message.
 */
public class RetrofitRuleException extends RuleRefusal {

    static final String PREFIX = "retrofit.refusal.";

    RetrofitRuleException(String key, Object... arguments) {
        super(PREFIX + key, arguments);
    }

    /** The message in that language (Chinese unless English), from the translation files. */
    public String message(Locale locale) {
        Locale l = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        ResourceBundle bundle = ResourceBundle.getBundle("vaadin-i18n.translations", l);
        String pattern = bundle.containsKey(messageKey()) ? bundle.getString(messageKey()) : messageKey();
        return new MessageFormat(pattern, l).format(arguments().toArray());
    }
}
