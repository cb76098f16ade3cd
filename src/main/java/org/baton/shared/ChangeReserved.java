package org.baton.shared;

/**
 * A direct organization-wide change refused because it belongs to someone else: the governance body or the
 * centre by consent, or the admin acting for one that does not exist yet. Names the kind of change and the
 * process in force, so the API can point to the proposal that makes it and a page can guide to its form;
 * {@code code} is the message key that words the refusal.
 */
public class ChangeReserved extends NotPermitted {

    private final OrganizationChange change;
    private final OrganizationChange.Process process;
    private final String code;

    public ChangeReserved(
            OrganizationChange change, OrganizationChange.Process process, String code, String defaultMessage) {
        super(defaultMessage);
        this.change = change;
        this.process = process;
        this.code = code;
    }

    public OrganizationChange change() {
        return change;
    }

    public OrganizationChange.Process process() {
        return process;
    }

    public String code() {
        return code;
    }
}
