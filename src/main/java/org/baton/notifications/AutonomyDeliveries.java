package org.baton.notifications;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.baton.people.PersonId;
import org.baton.roles.AutonomyAgreements;
import org.baton.roles.AutonomyMismatchFlagged;
import org.baton.roles.AutonomyParties;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a check-in shows that an autonomy agreement no longer fits (the two sides disagree, or one side reports a
 * misfit twice running), both sides hear of it, and so does the led person's steward, so the stage is talked about
 * rather than endured. Who recorded the check-in that flagged it is not told again. The words come from the bundle ({@code inbox.autonomyMismatch*}).
 */
@Component
class AutonomyDeliveries {

    static final String KIND = "autonomyMismatch";
    static final String SUBJECT = "AUTONOMY_AGREEMENT";

    private final Notices notices;
    private final AutonomyAgreements agreements;
    private final MessageSource messages;

    AutonomyDeliveries(Notices notices, AutonomyAgreements agreements, MessageSource messages) {
        this.notices = notices;
        this.agreements = agreements;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(AutonomyMismatchFlagged flagged) {
        var org = flagged.organizationId();
        var agreement = agreements.get(org, flagged.agreementId(), flagged.leaderId());
        var to = recipients(agreements.partiesOf(org, agreement), flagged.by());
        if (to.isEmpty()) {
            return;
        }
        String dimensions = flagged.dimensions().stream()
                .sorted()
                .map(d -> messages.getMessage("autonomy.dimension." + d.name(), null, d.field(), Locale.ENGLISH))
                .collect(Collectors.joining(", "));
        notices.deliver(
                org,
                to,
                KIND,
                SUBJECT,
                flagged.agreementId().value(),
                messages.getMessage("inbox.autonomyMismatch.title", new Object[] {agreement.context()}, Locale.ENGLISH),
                messages.getMessage("inbox.autonomyMismatch.detail", new Object[] {dimensions}, Locale.ENGLISH),
                Notices.source(flagged, flagged.agreementId().value(), flagged.at()));
    }

    /**
     * The leader, whoever is led (the person, or the team's people) and the led person's steward, but not who just
     * checked in.
     */
    static List<PersonId> recipients(AutonomyParties parties, PersonId checkedIn) {
        var to = new LinkedHashSet<PersonId>();
        to.add(parties.leaderId());
        if (parties.personId() != null) {
            to.add(parties.personId());
        }
        to.addAll(parties.team());
        if (parties.steward() != null) {
            to.add(parties.steward());
        }
        to.remove(checkedIn);
        return List.copyOf(to);
    }
}
