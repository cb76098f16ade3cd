package org.baton.api.roles;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.people.PersonId;
import org.baton.roles.LeadershipRecords;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A person's leadership record, as the caller may read it (decisions they may not see are left out). */
@RestController
@Tag(name = "Roles")
class LeadershipResource {

    private final LeadershipRecords records;

    LeadershipResource(LeadershipRecords records) {
        this.records = records;
    }

    @GetMapping("/api/v1/people/{id}/leadership")
    @Operation(
            summary = "A person's leadership record",
            description = "Missions led and joined, roles held now and before with their provenance, stewardship"
                    + " and mentoring both ways, autonomy agreements, growth goals and the decisions they made.")
    LeadershipResponse record(@SignedIn Caller caller, @PathVariable UUID id) {
        return LeadershipResponse.of(records.of(caller.organizationId(), new PersonId(id), caller.personId()));
    }
}
