package org.baton.web.support;

import jakarta.servlet.http.HttpServletRequest;
import org.baton.accounts.Accounts;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs a person in right after they chose their password (setup, invitation), so they need not type it
 * again. The session id changes, as it does on every sign-in.
 */
@Component
public class SignInSupport {

    /** Where Spring Security keeps the signed-in person in the session (a compile-time constant). */
    private static final String SESSION_KEY = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

    private final Accounts accounts;

    SignInSupport(Accounts accounts) {
        this.accounts = accounts;
    }

    /** Signs in as this person's account: by its organization too, since one email may sign in to several. */
    public void signIn(OrganizationId org, PersonId person, HttpServletRequest request) {
        var account = accounts.account(org, person);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities());
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        request.getSession(true).setAttribute(SESSION_KEY, context);
    }
}
