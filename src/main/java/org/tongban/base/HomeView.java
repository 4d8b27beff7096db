package org.tongban.base;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import java.util.stream.Collectors;
import org.tongban.organisation.Organisation;
import org.tongban.security.CurrentUser;
import org.tongban.security.TongbanUser;

/** Who is signed in, for which unit and in which roles. */
@Route("")
@Menu(order = 0, icon = "vaadin:home", title = "menu.home")
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    public HomeView(Organisation organisation) {
        TongbanUser user = CurrentUser.require();
        Locale locale = getLocale();
        String unit = user.unitCode() == null ? getTranslation("home.no-unit")
                : organisation.find(user.unitCode()).map(u -> u.name(locale)).orElse(user.unitCode());
        String roles = user.roles().stream().sorted()
                .map(role -> getTranslation("role." + role.name()))
                .collect(Collectors.joining(Languages.isEnglish(locale) ? ", " : "、"));

        H2 welcome = new H2(getTranslation("home.welcome", user.displayName()));
        welcome.setId("welcome");
        DescriptionList facts = new DescriptionList();
        facts.addClassName("facts");
        facts.add(new DescriptionList.Term(getTranslation("home.unit")), new DescriptionList.Description(unit));
        facts.add(new DescriptionList.Term(getTranslation("home.roles")), new DescriptionList.Description(roles));
        facts.add(new DescriptionList.Term(getTranslation("home.username")), new DescriptionList.Description(user.username()));
        facts.setId("user-facts");
        add(welcome, new Paragraph(getTranslation("home.intro")), facts);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title") + " · " + getTranslation("app.title");
    }
}
