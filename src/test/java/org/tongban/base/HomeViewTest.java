package org.tongban.base;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.tongban.SignedInUi;
import org.tongban.TongbanTest;

@TongbanTest
class HomeViewTest {

    @Autowired ApplicationContext context;
    @Autowired Languages languages;

    @AfterEach
    void close() {
        SignedInUi.close();
    }

    @Test
    void greets_an_officer_in_chinese_with_agency_and_role() {
        SignedInUi.open(context, "cdpf.officer");
        UI.getCurrent().navigate(HomeView.class);

        assertThat(_get(H2.class, spec -> spec.withId("welcome")).getText()).isEqualTo("您好，王丽娟");
        String facts = _get(DescriptionList.class, spec -> spec.withId("user-facts")).getElement().getTextRecursively();
        assertThat(facts).contains("市残疾人联合会", "经办人", "cdpf.officer");
        assertThat(_get(SideNav.class).getItems()).extracting(SideNavItem::getLabel).contains("首页");
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void shows_a_grass_roots_officer_their_unit() {
        SignedInUi.open(context, "gacha02");
        UI.getCurrent().navigate(HomeView.class);

        assertThat(_get(DescriptionList.class, spec -> spec.withId("user-facts")).getElement().getTextRecursively())
                .contains("第二嘎查");
    }

    @Test
    void english_chosen_once_stays_after_signing_out_and_in() {
        try {
            SignedInUi.open(context, "hrss.officer");
            UI.getCurrent().navigate(HomeView.class);
            _get(Button.class, spec -> spec.withId("language-switch")).click();
            SignedInUi.close();

            SignedInUi.open(context, "hrss.officer");
            UI.getCurrent().navigate(HomeView.class);

            assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("en");
            assertThat(_get(H2.class, spec -> spec.withId("welcome")).getText()).isEqualTo("Welcome, 李建国");
            assertThat(_get(DescriptionList.class, spec -> spec.withId("user-facts")).getElement().getTextRecursively())
                    .contains("Human Resources and Social Security Bureau", "Officer");
            assertThat(_get(Button.class, spec -> spec.withId("language-switch")).getText()).isEqualTo("中文");
        } finally {
            languages.choose("hrss.officer", Languages.CHINESE);
        }
    }
}
