package org.baton.shared;

/**
 * The kinds of organization-wide change whose authority DOMAIN.md §13 names, and how each is made now: by
 * consent of the body or of the centre that owns it, or directly by the admin while that body or centre does
 * not exist yet (a new organization). Each is decided by a named policy of the module that owns the change.
 */
public enum OrganizationChange {
    VALUES_AND_PRINCIPLES(Process.CONSENT_OF_BODY, Process.ADMIN_UNTIL_BODY_EXISTS),
    GOVERNANCE_TERMS(Process.CONSENT_OF_BODY, Process.ADMIN_UNTIL_BODY_EXISTS),
    CENTRE(Process.CONSENT_OF_CENTRE, Process.ADMIN_UNTIL_CENTRE_EXISTS),
    DECISION_AREAS(Process.CONSENT_OF_CENTRE, Process.ADMIN_UNTIL_CENTRE_EXISTS),
    MANDATES(Process.CONSENT_OF_CENTRE, Process.ADMIN_UNTIL_CENTRE_EXISTS);

    /** By which process a change is made. */
    public enum Process {
        /** A change proposal adopted by consent of the principles governance body's current members. */
        CONSENT_OF_BODY,
        /** A consent decision among the centre's members. */
        CONSENT_OF_CENTRE,
        /** No governance body yet: the admin acts for it, directly. */
        ADMIN_UNTIL_BODY_EXISTS,
        /** No centre yet: the admin acts for it, directly. */
        ADMIN_UNTIL_CENTRE_EXISTS;

        /** The admin acts for an owner that does not exist yet. */
        public boolean byAdmin() {
            return this == ADMIN_UNTIL_BODY_EXISTS || this == ADMIN_UNTIL_CENTRE_EXISTS;
        }
    }

    private final Process byConsent;
    private final Process untilOwnerExists;

    OrganizationChange(Process byConsent, Process untilOwnerExists) {
        this.byConsent = byConsent;
        this.untilOwnerExists = untilOwnerExists;
    }

    /** The process in force: consent of the owner once it has members, the admin acting for it before. */
    public Process processWhen(boolean ownerExists) {
        return ownerExists ? byConsent : untilOwnerExists;
    }
}
