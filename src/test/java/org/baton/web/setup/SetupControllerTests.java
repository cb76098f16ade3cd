package org.baton.web.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.ZoneId;
import org.baton.accounts.Accounts;
import org.baton.accounts.FoundedOrganization;
import org.baton.organizations.Organization;
import org.baton.shared.OrganizationId;
import org.baton.shared.RuleViolation;
import org.baton.web.support.SignInSupport;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

/** The setup page's decisions, without a database: it can only really run once per installation. */
class SetupControllerTests {

    Accounts accounts = mock(Accounts.class);
    SignInSupport signIn = mock(SignInSupport.class);
    SetupController controller = new SetupController(accounts, signIn);

    @Test
    void foundsTheOrganizationAndSignsItsAdminInWhenNoAccountExists() {
        when(accounts.anyAccountExists()).thenReturn(false);
        var admin = mock(org.baton.people.Person.class);
        when(admin.email()).thenReturn("ada@example.org");
        when(accounts.foundFirstOrganization("Acme", "Ada", "ada@example.org", "long enough, truly"))
                .thenReturn(new FoundedOrganization(
                        new Organization(OrganizationId.random(), "Acme", ZoneId.of("UTC"), Instant.now()), admin));
        var form = form("Acme", "Ada", "ada@example.org", "long enough, truly");

        String view = controller.setUp(
                form,
                new BeanPropertyBindingResult(form, "form"),
                new RedirectAttributesModelMap(),
                new MockHttpServletRequest());

        assertThat(view).isEqualTo("redirect:/");
        verify(signIn).signIn(any(), any(), any());
    }

    @Test
    void showsATooShortPasswordNextToThePasswordField() {
        when(accounts.anyAccountExists()).thenReturn(false);
        when(accounts.foundFirstOrganization(any(), any(), any(), any()))
                .thenThrow(new RuleViolation("adminPassword", "account.password.short", "too short", 8));
        var form = form("Acme", "Ada", "ada@example.org", "short");
        var result = new BeanPropertyBindingResult(form, "form");

        String view = controller.setUp(form, result, new RedirectAttributesModelMap(), new MockHttpServletRequest());

        assertThat(view).isEqualTo("setup");
        assertThat(result.getFieldError("adminPassword").getCode()).isEqualTo("account.password.short");
        assertThat(form.getOrganizationName()).isEqualTo("Acme");
        verify(signIn, never()).signIn(any(), any(), any());
    }

    @Test
    void refusesOnceAnyAccountExists() {
        when(accounts.anyAccountExists()).thenReturn(true);
        var form = form("Acme", "Ada", "ada@example.org", "long enough, truly");

        assertThat(controller.form(form)).isEqualTo("redirect:/sign-in");
        assertThat(controller.setUp(
                        form,
                        new BeanPropertyBindingResult(form, "form"),
                        new RedirectAttributesModelMap(),
                        new MockHttpServletRequest()))
                .isEqualTo("redirect:/sign-in");
        verify(accounts, never()).foundFirstOrganization(any(), any(), any(), any());
    }

    private static SetupForm form(String organization, String name, String email, String password) {
        var form = new SetupForm();
        form.setOrganizationName(organization);
        form.setAdminName(name);
        form.setAdminEmail(email);
        form.setAdminPassword(password);
        return form;
    }
}
