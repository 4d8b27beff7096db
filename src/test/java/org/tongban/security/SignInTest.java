package org.tongban.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tongban.TongbanTest;
import org.tongban.audit.AuditLog;

/** Signing in through the login form, for every role, with the identity kept in Camunda. */
@TongbanTest
class SignInTest {

    @Autowired MockMvc mvc;
    @Autowired AuditLog audit;

    @ParameterizedTest(name = "{0} signs in as {1} of {2}")
    @CsvSource({
        "cdpf.officer,      OFFICER,    CDPF",
        "community03,       OFFICER,    COMMUNITY-03",
        "justice.supervisor, SUPERVISOR, JUSTICE",
        "committee,         COMMITTEE,  COMMITTEE",
    })
    void each_role_signs_in_with_its_unit(String username, String role, String unit) throws Exception {
        mvc.perform(formLogin("/login").user(username).password("tongban"))
                .andExpect(authenticated().withUsername(username).withAuthorities(java.util.List.of(
                        new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_" + role),
                        new org.springframework.security.core.authority.SimpleGrantedAuthority("UNIT_" + unit))))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void the_administrator_signs_in_without_a_unit() throws Exception {
        mvc.perform(formLogin("/login").user("admin").password("tongban"))
                .andExpect(authenticated().withUsername("admin").withRoles("ADMIN"));
    }

    @Test
    void a_wrong_password_is_refused_and_audited() throws Exception {
        // Camunda delays the next attempts of a user after a failure: use an account no other test signs in with.
        mvc.perform(formLogin("/login").user("fin.officer").password("wrong"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));

        Assertions.assertThat(audit.byUser("fin.officer"))
                .anySatisfy(e -> Assertions.assertThat(e.getAction()).isEqualTo("SIGN_IN_REFUSED"));
    }

    @Test
    void an_unknown_user_is_refused() throws Exception {
        mvc.perform(formLogin("/login").user("nobody").password("tongban")).andExpect(unauthenticated());
    }

    @Test
    void pages_need_a_signed_in_user() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void only_administrators_open_the_camunda_webapps() throws Exception {
        mvc.perform(get("/camunda/app/cockpit/default/"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/camunda/app/cockpit/default/").with(user("cdpf.officer").roles("OFFICER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/camunda/app/cockpit/default/").with(user("admin").roles("ADMIN")))
                .andExpect(status().is(org.hamcrest.Matchers.not(403)));
    }
}
