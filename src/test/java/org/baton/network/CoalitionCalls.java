package org.baton.network;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/** Coalition calls for tests: {@code CoalitionCalls.aCall().seats(2).judgedBy(ana).open()}. */
final class CoalitionCalls {

    static final OrganizationId ORG = new OrganizationId(UUID.fromString("00000000-0000-0000-0000-00000000c0a1"));
    static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");

    private int seats = 2;
    private int closingInDays = 14;
    private String criteria = "Energy to spread the opportunity";
    private List<PersonId> panel = List.of(someone(), someone());
    private PersonId openedBy = someone();

    private CoalitionCalls() {}

    static CoalitionCalls aCall() {
        return new CoalitionCalls();
    }

    static PersonId someone() {
        return new PersonId(UUID.randomUUID());
    }

    static CoalitionApplicationText motivated() {
        return new CoalitionApplicationText("I want our customers to feel it", "Evenings of workshops", "Onboarding");
    }

    /** A proposal seating {@code seated}, each for the same reason. */
    static SelectionProposal proposalSeating(PersonId... seated) {
        return new SelectionProposal(
                java.util.Arrays.stream(seated)
                        .map(p -> new SelectionPick(p, List.of(SelectionReason.of("rated", "4.5", "4.0"))))
                        .toList(),
                List.of(),
                new SelectionMix(List.of(), List.of(), List.of(), List.of()));
    }

    CoalitionCalls seats(int seats) {
        this.seats = seats;
        return this;
    }

    CoalitionCalls closingInDays(int days) {
        this.closingInDays = days;
        return this;
    }

    CoalitionCalls judgedBy(PersonId... panel) {
        this.panel = List.of(panel);
        return this;
    }

    CoalitionCalls openedBy(PersonId openedBy) {
        this.openedBy = openedBy;
        return this;
    }

    CoalitionCallTerms terms() {
        return new CoalitionCallTerms(
                seats, NOW.atZone(java.time.ZoneOffset.UTC).toLocalDate().plusDays(closingInDays), criteria);
    }

    /** Opened at {@link #NOW}, its opening already released. */
    CoalitionCall opened() {
        var call = open();
        call.releaseEvents();
        return call;
    }

    /** As stored before panels had two people at least: a call of {@code panel} alone, already closed. */
    CoalitionCall closedOfAPanelOfOne(PersonId panel, PersonId... applicants) {
        var terms = terms();
        var applications = java.util.Arrays.stream(applicants)
                .map(a -> new CoalitionApplication(UUID.randomUUID(), a, "Motivated", "", "", NOW, List.of()))
                .toList();
        return new CoalitionCall(
                ORG,
                UUID.randomUUID(),
                terms,
                openedBy,
                NOW,
                List.of(panel),
                applications,
                CoalitionCallStatus.CLOSED,
                NOW,
                null,
                null,
                null,
                1);
    }

    /** Opened at {@link #NOW}, with the opening still recorded. */
    CoalitionCall open() {
        return CoalitionCall.open(ORG, openedBy, terms(), panel, NOW);
    }
}
