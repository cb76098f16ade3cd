package org.baton.web.support;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.baton.accounts.Accounts;
import org.baton.accounts.Caller;
import org.baton.accounts.SignIns;
import org.baton.accounts.SignedInAccount;
import org.baton.notifications.Inbox;
import org.baton.people.People;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.baton.web.inbox.UnreadInbox;
import org.baton.web.intents.Countdown;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What every page needs around its controller in a {@code @WebMvcTest} slice: the pages' security (sign-in,
 * CSRF), the beans the layout and templates call ({@code @viewer}, {@code @times}, {@code @countdown},
 * {@code @unreadInbox}), and the facades those read, as mocks.
 */
@TestConfiguration(proxyBeanMethods = false)
@ImportAutoConfiguration({
    SecurityAutoConfiguration.class,
    ServletWebSecurityAutoConfiguration.class,
    SecurityFilterAutoConfiguration.class
})
@Import({WebSecurity.class, Viewer.class, Times.class, Countdown.class, UnreadInbox.class})
public class PageSliceConfiguration {

    @Bean
    Accounts accounts() {
        var accounts = mock(Accounts.class);
        when(accounts.passwordEncoder()).thenReturn(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        when(accounts.stillSignedIn(any())).thenReturn(true);
        return accounts;
    }

    @Bean
    SignIns signIns() {
        return mock(SignIns.class);
    }

    @Bean
    People people() {
        return mock(People.class);
    }

    @Bean
    Inbox inbox() {
        return mock(Inbox.class);
    }

    /** A person of an organization, signed in for one request. */
    public static RequestPostProcessor signedIn(OrganizationId org, PersonId person) {
        var caller = new Caller(org, person, "ana@example.org", false, false);
        return SecurityMockMvcRequestPostProcessors.user(new SignedInAccount(caller, ""));
    }
}
