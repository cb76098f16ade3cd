package org.baton.api.network;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.network.LeadershipTeam;
import org.baton.people.People;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The leadership team, whose consent adopts the big opportunity statement; named as a whole by an admin. */
@RestController
@RequestMapping("/api/v1/leadership-team")
@Tag(name = OpportunityResource.TAG)
class LeadershipTeamResource {

    private final LeadershipTeam team;
    private final People people;

    LeadershipTeamResource(LeadershipTeam team, People people) {
        this.team = team;
        this.people = people;
    }

    record NameTeamRequest(@NotNull @Size(max = LeadershipTeam.MAX_MEMBERS) List<@NotNull UUID> memberIds) {}

    record TeamMember(UUID personId, String name) {}

    record TeamResponse(List<UUID> memberIds, List<TeamMember> members) {}

    @GetMapping
    @Operation(summary = "The leadership team's members, by name")
    TeamResponse team(@SignedIn Caller caller) {
        return response(caller.organizationId(), team.members(caller.organizationId()));
    }

    @PutMapping
    @Operation(
            summary = "Name the leadership team anew",
            description = "Admins only (403 otherwise): the people named are the whole team from now on; each must be"
                    + " a member of the organization (422 naming memberIds otherwise).")
    TeamResponse name(@SignedIn Caller caller, @Valid @RequestBody NameTeamRequest r) {
        var org = caller.organizationId();
        var named =
                team.name(org, r.memberIds().stream().map(PersonId::new).toList(), caller.personId(), caller.admin());
        return response(org, named);
    }

    private TeamResponse response(OrganizationId org, List<PersonId> members) {
        var byId = people.byId(org, members);
        return new TeamResponse(
                members.stream().map(PersonId::value).toList(),
                members.stream()
                        .filter(byId::containsKey)
                        .map(id -> new TeamMember(id.value(), byId.get(id).name()))
                        .toList());
    }
}
