package org.tongban.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.tongban.base.LoginView;
import org.tongban.organisation.Role;

/**
 * Three doors, one identity store. {@code /engine-rest} and {@code /api} take HTTP Basic and nothing else;
 * the Camunda webapps under {@code /camunda} are for administrators signed in through Tongban's
 * login; everything else is the Vaadin UI. Camunda's own filters then carry the signed-in user
 * into the engine, which runs with authorization checks on.
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

    static final String REALM = "Tongban";

    /**
     * {@code /engine-rest} and the procedures' own REST endpoints ({@code /api/<process-id>/...}):
     * HTTP Basic with the same accounts, stateless, 401 answered in JSON. Each procedure endpoint
     * checks the caller's unit itself.
     */
    @Bean
    @Order(1)
    SecurityFilterChain engineRestSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher(new OrRequestMatcher(path("/engine-rest/**"), path("/api/**")))
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfig::challenge).realmName(REALM))
                .exceptionHandling(e -> e.authenticationEntryPoint(SecurityConfig::challenge))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // A stateless API authenticated on every request has no session to forge requests with.
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain camundaWebappSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher(path("/camunda/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole(Role.ADMIN.name()))
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                // The webapps send their own CSRF token (X-XSRF-TOKEN) checked by Camunda's CsrfPreventionFilter.
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain vaadinSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles/**", "/images/**", "/vendor/**").permitAll());
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login"));
        return http.build();
    }

    /**
     * Answers 401 with the Basic challenge and a JSON body in Camunda's error shape. Written
     * directly rather than with sendError, whose error page would sit behind the UI's login redirect.
     */
    private static void challenge(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"AuthenticationException\",\"message\":\"Authentication required\"}");
    }

    /** Matches on the whole path: Jersey and the webapps are not behind Spring MVC's dispatcher. */
    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    /** Sets the engine's authenticated user for REST calls, so Camunda's authorizations apply. */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter() {
        var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("tongban-engine-rest-authentication");
        registration.setInitParameters(Map.of("authentication-provider", SpringSecurityEngineAuthentication.class.getName()));
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }

    /** Signs administrators into Cockpit, Tasklist and Admin with their Tongban login. */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappAuthenticationFilter() {
        var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setName("tongban-webapp-authentication");
        registration.setInitParameters(Map.of("authentication-provider", SpringSecurityEngineAuthentication.class.getName()));
        registration.addUrlPatterns("/camunda/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }
}
