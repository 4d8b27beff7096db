package org.tongban.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import org.tongban.organisation.Organisation;
import org.tongban.organisation.UnitKind;
import org.tongban.security.CurrentUser;
import org.tongban.security.TongbanUser;

/**
 * The frame around every signed-in page: title, the menu built from {@code @Menu} entries the
 * user may open, who is signed in for which unit, the language switch and sign-out.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient AuthenticationContext authentication;
    private final transient Languages languages;

    private final transient List<MenuBadge> badges;
    private final transient Organisation organisation;

    public MainLayout(AuthenticationContext authentication, Languages languages, Organisation organisation,
            List<MenuBadge> badges, List<NavbarItem> navbarItems) {
        this.authentication = authentication;
        this.languages = languages;
        this.badges = badges;
        this.organisation = organisation;
        TongbanUser user = CurrentUser.require();
        setPrimarySection(Section.DRAWER);

        Anchor skip = new Anchor("#main-content", getTranslation("app.skip-to-content"));
        skip.addClassName("skip-link");
        // The router would treat "#main-content" as a page of its own; the link moves the focus
        // instead. The content is focusable only while it holds that focus: a tabindex left on it
        // takes everything inside out of Chromium's Tab order.
        skip.getElement().setAttribute("router-ignore", true);
        skip.getElement().executeJs("""
                this.addEventListener('click', event => {
                  event.preventDefault();
                  const main = document.getElementById('main-content');
                  if (main) {
                    main.setAttribute('tabindex', '-1');
                    main.addEventListener('blur', () => main.removeAttribute('tabindex'), {once: true});
                    main.focus();
                  }
                });""");

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("menu.navigation"));
        H1 title = new H1(getTranslation("app.title"));
        title.addClassName("app-title");
        HorizontalLayout navbar = new HorizontalLayout(skip, toggle, title);
        navbarItems.forEach(item -> navbar.add(item.create(user)));
        navbar.add(userBox(user, organisation));
        navbar.setWidthFull();
        navbar.setAlignItems(FlexComponent.Alignment.CENTER);
        navbar.expand(title);
        navbar.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(navbar);
        addToDrawer(menu(user));
    }

    private Component userBox(TongbanUser user, Organisation organisation) {
        Locale locale = getLocale();
        String unit = user.unitCode() == null ? getTranslation("home.no-unit")
                : organisation.find(user.unitCode()).map(u -> u.name(locale)).orElse(user.unitCode());
        Span who = new Span(user.displayName() + " · " + unit);
        who.getElement().setAttribute("title", user.username());

        Locale other = Languages.other(locale);
        Button language = new Button(getTranslation("language.switch"), e -> switchTo(user, other));
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        language.setId("language-switch");
        language.getElement().setAttribute("aria-label", getTranslation("language.switch.label"));
        language.getElement().setAttribute("lang", other.toLanguageTag());

        Button logout = new Button(getTranslation("user.logout"), new Icon(VaadinIcon.SIGN_OUT), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");

        HorizontalLayout box = new HorizontalLayout(who, language, logout);
        box.setAlignItems(FlexComponent.Alignment.CENTER);
        box.addClassName("user-box");
        box.getElement().setAttribute("role", "group");
        box.getElement().setAttribute("aria-label", getTranslation("user.menu"));
        return box;
    }

    private void switchTo(TongbanUser user, Locale locale) {
        languages.choose(user.username(), locale);
        UI ui = UI.getCurrent();
        UiSetup.setLocale(ui, locale);
        ui.getPage().reload();
    }

    private boolean shownTo(MenuEntry entry, TongbanUser user) {
        ShownTo shownTo = entry.menuClass() == null ? null : entry.menuClass().getAnnotation(ShownTo.class);
        if (shownTo == null) {
            return true;
        }
        String unit = user.unitCode();
        return unit != null && (java.util.Arrays.asList(shownTo.agencies()).contains(unit)
                || shownTo.grassRoots() && organisation.find(unit).filter(u -> u.getKind() == UnitKind.GRASSROOTS).isPresent());
    }

    private Component menu(TongbanUser user) {
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("menu.navigation"));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            if (!shownTo(entry, user)) {
                continue;
            }
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            badges.stream().filter(b -> b.path().equals(entry.path().replaceFirst("^/", ""))).findFirst()
                    .flatMap(b -> b.countFor(user).map(n -> badge(b, n)))
                    .ifPresent(item::setSuffixComponent);
            nav.addItem(item);
        }
        Div wrapper = new Div(nav);
        wrapper.getStyle().set("padding", "var(--lumo-space-s)");
        return wrapper;
    }

    private Span badge(MenuBadge source, int count) {
        Span badge = new Span(String.valueOf(count));
        badge.getElement().getThemeList().add("badge pill small contrast");
        badge.getElement().setAttribute("aria-label", getTranslation(source.ariaKey(), count));
        badge.addClassName("menu-badge");
        return badge;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // The content is the target of the skip link and is announced as the page's main region.
        if (getContent() != null) {
            getContent().getElement().setAttribute("id", "main-content");
            getContent().getElement().setAttribute("role", "main");
        }
    }
}
