package org.baton.web.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.baton.accounts.Accounts;
import org.baton.accounts.SignedInAccount;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A browser session stands only as long as the account it signed in as: once the password changes (or the
 * account's admin rights do), every session signed in before ends at its next request, on every instance.
 */
@Configuration(proxyBeanMethods = false)
class SessionsFollowTheirAccount implements WebMvcConfigurer, HandlerInterceptor {

    private final Accounts accounts;

    SessionsFollowTheirAccount(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/api/**", "/css/**", "/js/**", "/images/**", "/webjars/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !(authentication.getPrincipal() instanceof SignedInAccount account)
                || request.getSession(false) == null
                || accounts.stillSignedIn(account)) {
            return true;
        }
        request.getSession(false).invalidate();
        SecurityContextHolder.clearContext();
        response.sendRedirect(request.getContextPath() + "/sign-in?expired");
        return false;
    }
}
