package org.baton.api.support;

import org.baton.shared.OrganizationChange;

/** Where each kind of organization-wide change is started over the API: the proposal its owner consents to. */
public final class ProposalPaths {

    public static final String PRINCIPLE_CHANGES = "/api/v1/principle-changes";
    public static final String GOVERNANCE_MEMBERS = "/api/v1/governance/members";
    public static final String STRUCTURE_CHANGES = "/api/v1/structure-changes";

    private ProposalPaths() {}

    public static String of(OrganizationChange change) {
        return switch (change) {
            case VALUES_AND_PRINCIPLES -> PRINCIPLE_CHANGES;
            case GOVERNANCE_TERMS -> GOVERNANCE_MEMBERS;
            case CENTRE, DECISION_AREAS, MANDATES -> STRUCTURE_CHANGES;
        };
    }

    /** The path the admin uses while acting for a body or centre that does not exist yet. */
    public static String direct(OrganizationChange change) {
        return switch (change) {
            case VALUES_AND_PRINCIPLES -> "/api/v1/values";
            case GOVERNANCE_TERMS -> GOVERNANCE_MEMBERS;
            case CENTRE -> "/api/v1/centre";
            case DECISION_AREAS -> "/api/v1/decision-areas";
            case MANDATES -> "/api/v1/mandates";
        };
    }
}
