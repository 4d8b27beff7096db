package org.tongban.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.tongban.security.CurrentUser;

/**
 * Gives every UI its language (the user's choice, else Chinese, never the browser's guess)
 * and every session the error handler that keeps stack traces off the screen.
 */
@Component
class UiSetup implements VaadinServiceInitListener {

    /** Session attribute holding the language picked on the login page, before anyone signed in. */
    static final String SESSION_LOCALE = "tongban.locale";

    private final Languages languages;

    UiSetup(Languages languages) {
        this.languages = languages;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(new UserFacingErrorHandler()));
        event.getSource().addUIInitListener(e -> applyLocale(e.getUI()));
    }

    private void applyLocale(UI ui) {
        Locale locale = CurrentUser.get()
                .map(user -> languages.of(user.username()))
                .orElseGet(() -> sessionLocale(ui.getSession()));
        setLocale(ui, locale);
    }

    static Locale sessionLocale(VaadinSession session) {
        Object chosen = session.getAttribute(SESSION_LOCALE);
        return chosen instanceof Locale locale ? locale : Languages.CHINESE;
    }

    /** Sets the UI language and the page's {@code lang}, so screen readers speak the right language. */
    static void setLocale(UI ui, Locale locale) {
        ui.setLocale(locale);
        ui.getSession().setLocale(locale);
        ui.getElement().executeJs("document.documentElement.lang = $0", locale.toLanguageTag());
    }
}
