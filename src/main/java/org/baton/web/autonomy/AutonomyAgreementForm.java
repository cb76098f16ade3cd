package org.baton.web.autonomy;

import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.roles.AutonomyLed;
import org.baton.shared.TextLimits;

/** An autonomy agreement as typed: the leader, the person led, the context, a stage per dimension, a review date. */
public class AutonomyAgreementForm extends AutonomyStagesForm {

    private UUID leaderId;
    private UUID personId;

    @Size(max = TextLimits.TEXT)
    private String context;

    PersonId leader() {
        return leaderId == null ? null : new PersonId(leaderId);
    }

    /** The person led; none chosen is refused by the agreement, next to this field. */
    AutonomyLed led() {
        return AutonomyLed.person(personId == null ? null : new PersonId(personId));
    }

    public UUID getLeaderId() {
        return leaderId;
    }

    public void setLeaderId(UUID leaderId) {
        this.leaderId = leaderId;
    }

    public UUID getPersonId() {
        return personId;
    }

    public void setPersonId(UUID personId) {
        this.personId = personId;
    }

    public String getContext() {
        return context;
    }

    public void setContext(String context) {
        this.context = context;
    }
}
