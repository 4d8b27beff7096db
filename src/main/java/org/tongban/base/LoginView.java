package org.tongban.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;

/** Sign-in page; Chinese unless the visitor switches to English here. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    public LoginView() {
        addClassName("login-page");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());

        Locale other = Languages.other(getLocale());
        Button language = new Button(getTranslation("language.switch"), e -> switchTo(other));
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        language.getElement().setAttribute("aria-label", getTranslation("language.switch.label"));
        language.getElement().setAttribute("lang", other.toLanguageTag());

        H1 brand = new H1(getTranslation("app.name"));
        brand.addClassName("login-brand");
        Paragraph subtitle = new Paragraph(getTranslation("app.subtitle"));
        subtitle.addClassName("login-subtitle");
        Paragraph demo = new Paragraph(getTranslation("login.additional"));
        demo.addClassName("app-subtitle");
        add(brand, subtitle, form, demo, language);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Header header = new LoginI18n.Header();
        header.setTitle(getTranslation("login.title"));
        header.setDescription(getTranslation("login.description"));
        i18n.setHeader(header);
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.form.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        texts.setForgotPassword(getTranslation("login.forgot"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        i18n.setAdditionalInformation(null);
        return i18n;
    }

    private void switchTo(Locale locale) {
        UI ui = UI.getCurrent();
        ui.getSession().setAttribute(UiSetup.SESSION_LOCALE, locale);
        UiSetup.setLocale(ui, locale);
        ui.getPage().reload();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.form.title") + " · " + getTranslation("app.title");
    }
}
