package org.tongban.base;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The two UI languages, Chinese first, and each user's choice between them. */
@Service
public class Languages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(CHINESE, ENGLISH);

    private final UserPreferenceRepository preferences;
    private final Clock clock;

    Languages(UserPreferenceRepository preferences, Clock clock) {
        this.preferences = preferences;
        this.clock = clock;
    }

    /** The language the user chose last time, Chinese if they never chose. */
    @Transactional(readOnly = true)
    public Locale of(String username) {
        return preferences.findById(username).map(p -> supported(Locale.forLanguageTag(p.getLocale()))).orElse(CHINESE);
    }

    @Transactional
    public void choose(String username, Locale locale) {
        UserPreference preference = preferences.findById(username).orElseGet(() -> new UserPreference(username));
        preference.setLocale(supported(locale).toLanguageTag(), LocalDateTime.now(clock));
        preferences.save(preference);
    }

    /** The other language, for the one-click switch. */
    public static Locale other(Locale locale) {
        return isEnglish(locale) ? CHINESE : ENGLISH;
    }

    /** A REST caller's language: English when its Accept-Language header asks for English first, else Chinese. */
    public static Locale ofAcceptLanguage(String header) {
        return header != null && header.strip().toLowerCase(Locale.ROOT).startsWith("en") ? ENGLISH : CHINESE;
    }

    public static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    static Locale supported(Locale locale) {
        return isEnglish(locale) ? ENGLISH : CHINESE;
    }
}
