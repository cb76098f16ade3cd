package org.baton.web.support;

import org.baton.accounts.SignInThrottled;
import org.baton.accounts.SignIns;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * The browser side: form sign-in with a session cookie, CSRF tokens on every form, and a
 * Content-Security-Policy that lets pages load only Baton's own scripts and styles (no inline script).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class WebSecurity {

    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                    + "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    /** The API browser's bundled stylesheet sets inline styles; it gets its own, slightly wider, policy. */
    static final String API_BROWSER_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    @Bean
    @Order(3)
    SecurityFilterChain apiBrowser(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api-docs", "/api-docs/**", "/swagger-ui/**", "/v3/api-docs", "/v3/api-docs/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(API_BROWSER_POLICY)))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain pages(HttpSecurity http, SignIns signIns) throws Exception {
        return http.authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/sign-in",
                                "/setup",
                                "/invitations/**",
                                "/calendar/**",
                                "/unsubscribe/**",
                                "/css/**",
                                "/js/**",
                                "/images/**",
                                "/webjars/**",
                                "/favicon.ico",
                                "/favicon.svg",
                                "/actuator/health",
                                "/actuator/health/**",
                                "/error")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                // a mail client's one-click unsubscribe (RFC 8058) carries no CSRF token; its signed link is the proof
                .csrf(csrf -> csrf.ignoringRequestMatchers("/unsubscribe/**"))
                .authenticationManager(new ProviderManager(signIns))
                .formLogin(form -> form.loginPage("/sign-in")
                        .loginProcessingUrl("/sign-in")
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .defaultSuccessUrl("/", false)
                        .failureHandler((request, response, refused) -> response.sendRedirect(request.getContextPath()
                                + (refused instanceof SignInThrottled throttled
                                        ? "/sign-in?throttled=" + throttled.retryAfterSeconds()
                                        : "/sign-in?error")))
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/sign-out")
                        .logoutSuccessUrl("/sign-in?signedOut")
                        .permitAll())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter(
                                "Permissions-Policy", "camera=(), microphone=(), geolocation=()")))
                .build();
    }
}
