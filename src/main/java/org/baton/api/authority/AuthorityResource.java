package org.baton.api.authority;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.api.support.ProposalPaths;
import org.baton.people.People;
import org.baton.people.PersonId;
import org.baton.principles.Governance;
import org.baton.principles.Principles;
import org.baton.shared.OrganizationChange;
import org.baton.shared.OrganizationChange.Process;
import org.baton.shared.OrganizationId;
import org.baton.zones.Zones;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** "Who decides?": for each kind of organization-wide change, who may make it now, by which process, and where. */
@RestController
@RequestMapping("/api/v1/authority")
@Tag(name = AuthorityResource.TAG, description = "Who may change what in the organization now, and how")
class AuthorityResource {

    static final String TAG = "Authority";

    private final Principles principles;
    private final Governance governance;
    private final Zones zones;
    private final People people;
    private final MessageSource messages;

    AuthorityResource(
            Principles principles, Governance governance, Zones zones, People people, MessageSource messages) {
        this.principles = principles;
        this.governance = governance;
        this.zones = zones;
        this.people = people;
        this.messages = messages;
    }

    record Holder(UUID personId, String name) {}

    /**
     * One kind of change: by which process it is made now; the people who consent to it (none while the admin
     * acts for its owner); whether the admin acts for the owner; the path that starts it; and all that in words.
     */
    record ChangeAuthority(
            OrganizationChange change,
            Process process,
            List<Holder> people,
            boolean adminActs,
            String path,
            String who) {}

    record AuthorityResponse(List<ChangeAuthority> changes) {}

    @GetMapping
    @Operation(
            summary = "Who may make each organization-wide change now",
            description =
                    "For values and principles, governance terms, the centre, decision areas (and their zones) and"
                            + " mandates: the process in force (CONSENT_OF_BODY, CONSENT_OF_CENTRE,"
                            + " ADMIN_UNTIL_BODY_EXISTS, ADMIN_UNTIL_CENTRE_EXISTS), the people whose consent makes the"
                            + " change (the body's current members or the centre's), and the path that starts it. Before"
                            + " the body or the centre exists, the admin acts for it directly.")
    AuthorityResponse authority(@SignedIn Caller caller) {
        var org = caller.organizationId();
        var body = governance.currentMembers(org);
        var centre = zones.centre(org).memberIds();
        var changes = new ArrayList<ChangeAuthority>();
        changes.add(of(org, OrganizationChange.VALUES_AND_PRINCIPLES, principles.process(org), body));
        changes.add(of(org, OrganizationChange.GOVERNANCE_TERMS, governance.termProcess(org), body));
        for (var change :
                List.of(OrganizationChange.CENTRE, OrganizationChange.DECISION_AREAS, OrganizationChange.MANDATES)) {
            changes.add(of(org, change, zones.process(org, change), centre));
        }
        return new AuthorityResponse(changes);
    }

    private ChangeAuthority of(OrganizationId org, OrganizationChange change, Process process, List<PersonId> owners) {
        boolean adminActs = process.byAdmin();
        var byId = people.byId(org, owners);
        var holders = adminActs
                ? List.<Holder>of()
                : owners.stream()
                        .map(id -> new Holder(
                                id.value(),
                                byId.get(id) == null ? "" : byId.get(id).name()))
                        .toList();
        String path = adminActs ? ProposalPaths.direct(change) : ProposalPaths.of(change);
        String who = messages.getMessage(
                "authority.who." + process.name(), null, process.name(), LocaleContextHolder.getLocale());
        return new ChangeAuthority(change, process, holders, adminActs, path, who);
    }
}
