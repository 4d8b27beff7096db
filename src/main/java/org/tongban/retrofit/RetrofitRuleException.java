package org.tongban.retrofit;

/** A rule of the procedure a user's request breaks; the message is shown to the user as is. */
public class RetrofitRuleException extends RuntimeException {

    private final String messageEn;

    RetrofitRuleException(String messageZh, String messageEn) {
        super(messageZh);
        this.messageEn = messageEn;
    }

    /** The message in the user's language (Chinese unless English). */
    public String message(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? messageEn : getMessage();
    }
}
