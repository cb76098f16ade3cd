package org.baton.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.baton.accounts.Invitations;
import org.baton.people.PersonId;
import org.baton.support.Api;
import org.baton.support.TestOrganization;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An admin of one organization learns nothing about another's accounts: an email that has an account elsewhere is
 * answered exactly as one that has none, and sign-in finds the account whose password matches.
 */
class AccountsAcrossOrganizationsIntegrationTests extends ApiIntegrationTestBase {

    @Autowired
    Invitations invitations;

    @Test
    void grantingAnAccountAnswersAlikeForAnEmailWithAnAccountElsewhereAndForAFreshOne() {
        var elsewhere = TestOrganization.found(accounts, tokens, port);
        String fresh = "nobody-" + UUID.randomUUID() + "@example.org";

        var taken = grant(enrol("Bruno Elsewhere", elsewhere.adminEmail()));
        var free = grant(enrol("Fresh Person", fresh));

        assertThat(taken.status()).as(taken.toString()).isEqualTo(201);
        assertThat(free.status()).as(free.toString()).isEqualTo(201);
        assertThat(taken.json().propertyNames()).isEqualTo(free.json().propertyNames());
        assertThat(taken.json().get("admin")).isEqualTo(free.json().get("admin"));
    }

    @Test
    void changingAPersonsEmailAnswersAlikeForAnEmailWithAnAccountElsewhereAndForAFreshOne() {
        var elsewhere = TestOrganization.found(accounts, tokens, port);
        var one = enrol("One Person", "one-" + UUID.randomUUID() + "@example.org");
        var two = enrol("Two Person", "two-" + UUID.randomUUID() + "@example.org");
        grant(one);
        grant(two);

        var taken = changeEmail(one, elsewhere.adminEmail());
        var free = changeEmail(two, "fresh-" + UUID.randomUUID() + "@example.org");

        assertThat(taken.status()).as(taken.toString()).isEqualTo(200);
        assertThat(free.status()).as(free.toString()).isEqualTo(200);
        assertThat(taken.json().get("hasAccount").asBoolean()).isTrue();
    }

    @Test
    void anEmailTakenInsideTheOrganizationIsStillRefused() {
        var twin = enrol("Twin", "twin-" + UUID.randomUUID() + "@example.org");
        var response = changeEmail(twin, org.adminEmail());

        assertProblem(response, 422, "email");
    }

    @Test
    void anInvitationIsAcceptedWithAnEmailThatHasAnAccountElsewhere() {
        var elsewhere = TestOrganization.found(accounts, tokens, port);
        var invited = new PersonId(UUID.fromString(enrol("Invited Elsewhere", elsewhere.adminEmail())));

        var invitation = invitations.invite(org.id(), invited);
        var caller = invitations.accept(invitation.secret(), "their own long passphrase");

        assertThat(caller.organizationId()).isEqualTo(org.id());
        assertThat(caller.email()).isEqualTo(elsewhere.adminEmail());
    }

    @Test
    void signInAcceptsTheAccountOfTheEmailWhosePasswordMatches() {
        var elsewhere = TestOrganization.found(accounts, tokens, port);
        grant(enrol("Same Email", elsewhere.adminEmail()), "this organization's passphrase");

        assertThat(accounts.authenticate(elsewhere.adminEmail(), "this organization's passphrase"))
                .hasValueSatisfying(
                        caller -> assertThat(caller.organizationId()).isEqualTo(org.id()));
        assertThat(accounts.authenticate(elsewhere.adminEmail(), TestOrganization.PASSWORD))
                .hasValueSatisfying(
                        caller -> assertThat(caller.organizationId()).isEqualTo(elsewhere.id()));
        assertThat(accounts.authenticate(elsewhere.adminEmail(), "neither password"))
                .isEmpty();

        var here = Api.at(port)
                .withPassword(elsewhere.adminEmail(), "this organization's passphrase")
                .post("/api/v1/tokens", Map.of("name", "here"));
        assertThat(here.status()).as(here.toString()).isEqualTo(201);
        var token = Api.at(port).withToken(here.json().get("token").asString());
        assertThat(token.get("/api/v1/people/" + org.adminId().value()).status())
                .isEqualTo(200);
        assertThat(token.get("/api/v1/people/" + elsewhere.adminId().value()).status())
                .isEqualTo(404);
    }

    private String enrol(String name, String email) {
        return created(api.post("/api/v1/people", Map.of("name", name, "email", email)))
                .get("id")
                .asString();
    }

    private Api.Response grant(String personId) {
        return grant(personId, "a long enough passphrase");
    }

    private Api.Response grant(String personId, String password) {
        return api.post("/api/v1/people/" + personId + "/account", Map.of("password", password));
    }

    private Api.Response changeEmail(String personId, String email) {
        var person = api.get("/api/v1/people/" + personId).json();
        var body = new HashMap<String, Object>();
        body.put("name", person.get("name").asString());
        body.put("email", email);
        body.put("version", person.get("version").asLong());
        return api.put("/api/v1/people/" + personId, body);
    }
}
