package org.tongban;

import com.github.mvysny.fakeservlet.FakeHttpSession;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import java.util.Set;
import java.util.stream.Collectors;
import kotlin.jvm.functions.Function1;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A Karibu UI (server side, no browser) for a demo user signed in through the real
 * authentication provider, so views see the same user, unit and roles as in production.
 */
public final class SignedInUi {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.tongban");
    private static final Function1<FakeHttpSession, FakeRequest> DEFAULT_REQUESTS = MockVaadin.getMockRequestFactory();

    private SignedInUi() {
    }

    public static void open(ApplicationContext context, String username) {
        Authentication authentication = context.getBean(AuthenticationProvider.class)
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, "tongban"));
        SecurityContextHolder.getContext().setAuthentication(authentication);
        Set<String> roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).collect(Collectors.toSet());
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session);
            request.setUserPrincipalInt(authentication);
            request.setUserInRole((principal, role) -> roles.contains(role));
            return request;
        });
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    /** A UI before anyone signed in: only anonymous views (the login page) may be opened. */
    public static void openAnonymous(ApplicationContext context) {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    public static void close() {
        MockVaadin.tearDown();
        MockVaadin.setMockRequestFactory(DEFAULT_REQUESTS);
        SecurityContextHolder.clearContext();
    }
}
