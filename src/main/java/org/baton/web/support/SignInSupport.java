package org.baton.web.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.baton.accounts.Accounts;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs a person in right after they chose their password (setup, invitation), so they need not type it
 * again. The session id changes, as it does on every sign-in.
 */
@Component
public class SignInSupport {

    private final Accounts accounts;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SignInSupport(Accounts accounts) {
        this.accounts = accounts;
    }

    public void signIn(String email, HttpServletRequest request, HttpServletResponse response) {
        var account = accounts.loadUserByUsername(email);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities());
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
