package org.baton.support;

import java.util.UUID;
import org.baton.accounts.AccessTokens;
import org.baton.accounts.Accounts;
import org.baton.accounts.Caller;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** A freshly founded organization with its admin, signed in to the API with a token. */
public record TestOrganization(
        OrganizationId id, PersonId adminId, String adminEmail, String adminPassword, Caller admin, Api api) {

    public static final String PASSWORD = "correct horse battery";

    public static TestOrganization found(Accounts accounts, AccessTokens tokens, int port) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String email = "admin-" + suffix + "@example.org";
        var founded = accounts.foundOrganization("Org " + suffix, "Ada Admin " + suffix, email, PASSWORD);
        var caller =
                accounts.find(founded.organization().id(), founded.admin().id()).orElseThrow();
        var token = tokens.issue(caller, "tests");
        return new TestOrganization(
                founded.organization().id(),
                founded.admin().id(),
                email,
                PASSWORD,
                caller,
                Api.at(port).withToken(token.secret()));
    }
}
