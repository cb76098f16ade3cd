package org.baton.web.autonomy;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.roles.AutonomyLed;
import org.baton.roles.AutonomyStages;
import org.baton.shared.TextLimits;
import org.springframework.format.annotation.DateTimeFormat;

/** An autonomy agreement as typed: the leader, the person led, the context, a stage per dimension, a review date. */
public class AutonomyAgreementForm {

    /** The domain's field names for the stages, onto this form's. */
    static final Map<String, String> FIELDS = Map.of(
            "stages.what", "what",
            "stages.when", "when",
            "stages.where", "where",
            "stages.withWhom", "withWhom",
            "stages", "what");

    private UUID leaderId;
    private UUID personId;

    @Size(max = TextLimits.TEXT)
    private String context;

    private Integer what;
    private Integer when;
    private Integer where;
    private Integer withWhom;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate reviewOn;

    PersonId leader() {
        return leaderId == null ? null : new PersonId(leaderId);
    }

    /** The person led; none chosen is refused by the agreement, next to this field. */
    AutonomyLed led() {
        return AutonomyLed.person(personId == null ? null : new PersonId(personId));
    }

    AutonomyStages stages() {
        return new AutonomyStages(what, when, where, withWhom);
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

    public Integer getWhat() {
        return what;
    }

    public void setWhat(Integer what) {
        this.what = what;
    }

    public Integer getWhen() {
        return when;
    }

    public void setWhen(Integer when) {
        this.when = when;
    }

    public Integer getWhere() {
        return where;
    }

    public void setWhere(Integer where) {
        this.where = where;
    }

    public Integer getWithWhom() {
        return withWhom;
    }

    public void setWithWhom(Integer withWhom) {
        this.withWhom = withWhom;
    }

    public LocalDate getReviewOn() {
        return reviewOn;
    }

    public void setReviewOn(LocalDate reviewOn) {
        this.reviewOn = reviewOn;
    }
}
