package org.baton.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.baton.people.PersonId;
import org.baton.roles.AutonomyAgreements;
import org.baton.roles.AutonomyFit;
import org.baton.roles.AutonomyFits;
import org.baton.roles.AutonomyLed;
import org.baton.roles.AutonomyStages;
import org.baton.shared.OrganizationId;
import org.springframework.stereotype.Service;

/**
 * An autonomy agreement between Amara and Noor, who wants to lead a mission: flexible goals for what, fixed goals
 * for when, with Noor's first check-in saying that "when" feels too tight.
 */
@Service
class DemoAutonomy {

    private final AutonomyAgreements agreements;
    private final Clock clock;

    DemoAutonomy(AutonomyAgreements agreements, Clock clock) {
        this.agreements = agreements;
        this.clock = clock;
    }

    void agree(OrganizationId org, Map<String, PersonId> staff) {
        var amara = staff.get("Amara Okafor");
        var noor = staff.get("Noor Haddad");
        var agreement = agreements.agree(
                org,
                amara,
                AutonomyLed.person(noor),
                "Running the usability tests of the new onboarding",
                new AutonomyStages(3, 2, 3, 3),
                LocalDate.now(clock).plusMonths(3),
                amara);
        agreements.checkIn(
                org,
                agreement.id(),
                new AutonomyFits(AutonomyFit.RIGHT, AutonomyFit.TOO_TIGHT, AutonomyFit.RIGHT, AutonomyFit.RIGHT),
                "I would like to set the test dates myself.",
                noor);
    }
}
