package org.baton.accounts;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.baton.organizations.Organizations;
import org.baton.people.People;
import org.baton.people.PersonDetails;
import org.baton.people.PersonId;
import org.baton.shared.NotFound;
import org.baton.shared.OrganizationId;
import org.baton.shared.RuleViolation;
import org.baton.shared.StateConflict;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: founding an organization with its first admin, giving people accounts, signing in. */
@Service
public class Accounts implements UserDetailsService {

    private final AccountRepository repository;
    private final Organizations organizations;
    private final People people;
    private final AccessTokens tokens;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Accounts(
            AccountRepository repository,
            Organizations organizations,
            People people,
            AccessTokens tokens,
            ApplicationEventPublisher events,
            Clock clock) {
        this.tokens = tokens;
        this.repository = repository;
        this.organizations = organizations;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    public PasswordEncoder passwordEncoder() {
        return Passwords.ENCODER;
    }

    @Transactional(readOnly = true)
    public boolean anyAccountExists() {
        return repository.any();
    }

    /**
     * Founds an organization whose first person is its admin. The very first organization's admin is
     * also the site operator, who may found further organizations.
     */
    @Transactional
    public FoundedOrganization foundOrganization(
            String organizationName, String adminName, String adminEmail, String adminPassword) {
        repository.lockFounding();
        return found(organizationName, adminName, adminEmail, adminPassword);
    }

    /**
     * Founds the site's first organization, whose admin is the site operator; refused once any account exists,
     * even when two first starts or two setup forms race.
     */
    @Transactional
    public FoundedOrganization foundFirstOrganization(
            String organizationName, String adminName, String adminEmail, String adminPassword) {
        repository.lockFounding();
        if (repository.any()) {
            throw new StateConflict("setup.alreadyDone", "Baton is set up already: sign in instead.");
        }
        return found(organizationName, adminName, adminEmail, adminPassword);
    }

    /** A new organization has no accounts yet, so any email is free in it, whatever other organizations hold. */
    private FoundedOrganization found(
            String organizationName, String adminName, String adminEmail, String adminPassword) {
        boolean operator = !repository.any();
        String hash = Passwords.hash("adminPassword", adminPassword, adminEmail);
        var organization = organizations.found(organizationName);
        var admin =
                people.enrol(organization.id(), new PersonDetails(adminName, adminEmail, null, null, null, null), null);
        var caller = new Caller(organization.id(), admin.id(), admin.email(), true, operator);
        var now = now();
        repository.insert(caller, hash, now);
        events.publishEvent(new AccountGranted(organization.id(), now, admin.id(), null, true));
        return new FoundedOrganization(organization, admin);
    }

    /** An admin lets a person of their organization sign in with their email and this password. */
    @Transactional
    public Caller grant(Caller by, PersonId personId, String password, boolean admin) {
        AccountAdministration.requireMayGrant(by);
        return grant(by.organizationId(), personId, password, admin, by.personId());
    }

    /** The account an invited person gets by choosing their password: they grant it to themselves. */
    Caller acceptInvitation(OrganizationId org, PersonId personId, String password) {
        return grant(org, personId, password, false, personId);
    }

    private Caller grant(OrganizationId org, PersonId personId, String password, boolean admin, PersonId by) {
        var person = people.get(org, personId);
        if (repository.find(org, personId).isPresent()) {
            throw new RuleViolation(null, "account.exists", person.name() + " already has an account.", person.name());
        }
        requireFreeEmail(org, "email", person.email(), personId);
        var caller = new Caller(org, personId, person.email(), admin, false);
        var now = now();
        repository.insert(caller, Passwords.hash("password", password, person.email()), now);
        events.publishEvent(new AccountGranted(org, now, personId, by, admin));
        return caller;
    }

    /** Whether {@code by} may give or take the admin rights of {@code personId}'s account (pages ask before offering). */
    public boolean mayChangeAdminRights(Caller by, PersonId personId) {
        return AccountAdministration.mayChangeAdminRights(by, personId);
    }

    /**
     * An admin gives a person's account admin rights or takes them away; the person's sessions end, so that the
     * change takes effect at once. Changing nothing records nothing.
     */
    @Transactional
    public void changeAdminRights(Caller by, PersonId personId, boolean admin) {
        AccountAdministration.requireMayChangeAdminRights(by, personId);
        var account =
                repository.find(by.organizationId(), personId).orElseThrow(() -> new NotFound("account", personId));
        if (account.caller().admin() == admin) {
            return;
        }
        repository.changeAdmin(by.organizationId(), personId, admin);
        events.publishEvent(new AdminRightsChanged(by.organizationId(), now(), personId, by.personId(), admin));
    }

    /**
     * Changes the caller's password, which ends every browser session signed in with the old one; with
     * {@code revokeTokens}, every access token of theirs is revoked in the same step.
     */
    @Transactional
    public void changePassword(Caller caller, String currentPassword, String newPassword, boolean revokeTokens) {
        var account = repository
                .find(caller.organizationId(), caller.personId())
                .orElseThrow(() -> new NotFound("account", caller.personId()));
        if (currentPassword == null || !Passwords.ENCODER.matches(currentPassword, account.passwordHash())) {
            throw new RuleViolation("currentPassword", "account.password.wrong", "The current password is not right.");
        }
        repository.changePassword(
                caller.organizationId(), caller.personId(), Passwords.hash("newPassword", newPassword, caller.email()));
        int revoked = revokeTokens ? tokens.revokeAll(caller) : 0;
        events.publishEvent(new PasswordChanged(caller.organizationId(), now(), caller.personId(), revoked));
    }

    /**
     * Whether a session signed in as {@code account} still stands: the account exists with the same password
     * (a password change ends every session signed in with the old one) and the same admin rights.
     */
    @Transactional(readOnly = true)
    public boolean stillSignedIn(SignedInAccount account) {
        return repository
                .find(account.caller().organizationId(), account.caller().personId())
                .filter(current -> current.passwordHash().equals(account.passwordHash())
                        && current.caller().admin() == account.caller().admin())
                .isPresent();
    }

    /** Keeps the sign-in email in step with the person's email. */
    @Transactional
    public void syncEmail(OrganizationId org, PersonId personId) {
        var person = people.get(org, personId);
        repository.find(org, personId).ifPresent(account -> {
            if (!account.caller().email().equalsIgnoreCase(person.email())) {
                requireFreeEmail(org, "email", person.email(), personId);
            }
            repository.changeEmail(org, personId, person.email());
        });
    }

    @Transactional(readOnly = true)
    public Optional<Caller> find(OrganizationId org, PersonId personId) {
        return repository.find(org, personId).map(SignedInAccount::caller);
    }

    /** Which of these people can sign in. */
    @Transactional(readOnly = true)
    public Set<PersonId> withAccounts(OrganizationId org, Collection<PersonId> people) {
        return repository.withAccounts(org, people);
    }

    /**
     * The caller for an email and password, or empty when they match no account. When accounts of several
     * organizations share the email and the password, the one signed in most recently is chosen (ADR 0015).
     */
    @Transactional(readOnly = true)
    public Optional<Caller> authenticate(String email, String password) {
        return Passwords.firstMatching(repository.findByEmail(email), password).map(SignedInAccount::caller);
    }

    /** The account most recently signed in with this email; {@link SignIns} checks the password of each. */
    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        return repository.findByEmail(email).stream()
                .findFirst()
                .orElseThrow(() -> new UsernameNotFoundException("no account"));
    }

    /** The principal of a session signed in as this person, right after they chose their password. */
    @Transactional(readOnly = true)
    public SignedInAccount account(OrganizationId org, PersonId personId) {
        return repository.find(org, personId).orElseThrow(() -> new NotFound("account", personId));
    }

    /**
     * Refuses an email another account of the same organization signs in with. Accounts of other organizations
     * are never consulted: an admin learns nothing about them, whatever email they try.
     */
    private void requireFreeEmail(OrganizationId org, String field, String email, PersonId except) {
        if (email != null && repository.emailTaken(org, email, except)) {
            throw new RuleViolation(field, "account.email.taken", "An account with this email already exists.");
        }
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
