package org.baton.network;

import java.time.Instant;
import java.util.UUID;
import org.baton.decisions.DecisionId;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** Versions of the big opportunity statement for tests: {@code aVersion().numbered(2).by(ana).proposed()}. */
final class OpportunityVersions {

    static final Instant PROPOSED_AT = Instant.parse("2026-11-02T09:00:00Z");

    private OrganizationId org = new OrganizationId(UUID.randomUUID());
    private int number = 1;
    private String text = "Customers who set up in one session stay; today most give up. Acting now wins them.";
    private String rationale = "We lose half of our new customers in the first week.";
    private PersonId by = new PersonId(UUID.randomUUID());

    private OpportunityVersions() {}

    static OpportunityVersions aVersion() {
        return new OpportunityVersions();
    }

    OpportunityVersions numbered(int number) {
        this.number = number;
        return this;
    }

    OpportunityVersions saying(String text) {
        this.text = text;
        return this;
    }

    OpportunityVersions because(String rationale) {
        this.rationale = rationale;
        return this;
    }

    OpportunityVersions by(PersonId by) {
        this.by = by;
        return this;
    }

    /** Proposed, not yet put to consent. */
    OpportunityVersion proposed() {
        return OpportunityVersion.propose(org, number, text, rationale, by, PROPOSED_AT);
    }

    /** Proposed and put to consent under a fresh decision, its events released. */
    OpportunityVersion awaitingConsent() {
        var version = proposed();
        version.putToConsent(new DecisionId(UUID.randomUUID()));
        version.releaseEvents();
        return version;
    }
}
