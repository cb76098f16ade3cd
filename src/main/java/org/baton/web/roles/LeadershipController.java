package org.baton.web.roles;

import java.util.UUID;
import org.baton.accounts.Caller;
import org.baton.accounts.SignedIn;
import org.baton.people.PersonId;
import org.baton.roles.LeadershipRecords;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A person's leadership record, linked from their page. */
@Controller
class LeadershipController {

    private final LeadershipRecords records;

    LeadershipController(LeadershipRecords records) {
        this.records = records;
    }

    @GetMapping("/people/{id}/leadership")
    String record(@SignedIn Caller caller, @PathVariable UUID id, Model model) {
        model.addAttribute("record", records.of(caller.organizationId(), new PersonId(id), caller.personId()));
        model.addAttribute("decisionsCounted", LeadershipRecords.DECISIONS_COUNTED);
        return "roles/leadership";
    }
}
