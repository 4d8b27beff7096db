package org.tongban.base;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.login.LoginForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.tongban.SignedInUi;
import org.tongban.TongbanTest;

@TongbanTest
class LoginViewTest {

    @Autowired ApplicationContext context;

    @BeforeEach
    void open() {
        SignedInUi.openAnonymous(context);
    }

    @AfterEach
    void close() {
        SignedInUi.close();
    }

    @Test
    void speaks_chinese_to_a_visitor() {
        UI.getCurrent().navigate(LoginView.class);

        LoginForm form = _get(LoginForm.class);
        assertThat(i18n(form)).contains("\"username\":\"用户名\"", "用户名或密码不正确");
        assertThat(form.getAction()).isEqualTo("login");
    }

    @Test
    void switches_to_english_for_the_rest_of_the_visit() {
        UI.getCurrent().navigate(LoginView.class);
        _get(Button.class, spec -> spec.withText("English")).click();

        assertThat(UiSetup.sessionLocale(UI.getCurrent().getSession())).isEqualTo(Languages.ENGLISH);
        // The page reloads; the login view is built again in English.
        LoginView reloaded = new LoginView();
        LoginForm form = _get(reloaded, LoginForm.class);
        assertThat(i18n(form)).contains("\"username\":\"User name\"");
        assertThat(_get(reloaded, Button.class).getText()).isEqualTo("中文");
    }

    @Test
    void shows_the_error_after_a_failed_attempt() {
        UI.getCurrent().navigate("login", com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("error", "")));

        assertThat(_get(LoginForm.class).isError()).isTrue();
    }

    /** The texts the web component shows, as sent to the browser. */
    private static String i18n(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }
}
