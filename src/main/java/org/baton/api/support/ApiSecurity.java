package org.baton.api.support;

import org.baton.accounts.AccessTokens;
import org.baton.accounts.SignIns;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The API is stateless. A person trades email and password (HTTP Basic) for a personal access token at
 * {@code POST /api/v1/tokens}, the only place a password is accepted (a token works there too); every other call carries
 * {@code Authorization: Bearer <token>}. No CSRF protection is needed: no cookie authenticates an API call.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ApiSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain tokenIssuing(HttpSecurity http, SignIns signIns, AccessTokens tokens, ProblemWriter problems)
            throws Exception {
        return http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/v1/tokens"))
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems::unauthorized))
                .addFilterBefore(new BearerTokenFilter(tokens), BasicAuthenticationFilter.class)
                .authenticationManager(new ProviderManager(signIns))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(e ->
                        e.authenticationEntryPoint(problems::unauthorized).accessDeniedHandler(problems::forbidden))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, AccessTokens tokens, ProblemWriter problems) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .addFilterBefore(new BearerTokenFilter(tokens), BasicAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(e ->
                        e.authenticationEntryPoint(problems::unauthorized).accessDeniedHandler(problems::forbidden))
                .build();
    }
}
