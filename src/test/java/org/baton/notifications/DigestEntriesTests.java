package org.baton.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DigestEntriesTests {

    static final UUID ONBOARDING = UUID.randomUUID();
    static final UUID OFFICE = UUID.randomUUID();

    static DigestItem item(String kind, UUID decision, String title, String at) {
        return new DigestItem(kind, "DECISION", decision, title, "", Instant.parse(at));
    }

    @Test
    void groupsTheEventsOfOneDecisionUnderOneEntryNewestFirst() {
        var entries = DigestEntries.of(List.of(
                item("decisionProposalAmended", ONBOARDING, "Onboarding", "2026-01-15T09:00:00Z"),
                item("decisionDecided", ONBOARDING, "Onboarding", "2026-01-15T16:00:00Z"),
                item("decisionAdviceGiven", ONBOARDING, "Onboarding", "2026-01-15T12:00:00Z")));

        assertThat(entries).hasSize(1);
        assertThat(entries.getFirst().events())
                .extracting(DigestItem::kind)
                .containsExactly("decisionDecided", "decisionAdviceGiven", "decisionProposalAmended");
    }

    @Test
    void putsTheSubjectWithTheNewestNewsFirst() {
        var entries = DigestEntries.of(List.of(
                item("decisionDecided", ONBOARDING, "Onboarding", "2026-01-15T16:00:00Z"),
                item("decisionAdviceGiven", OFFICE, "Office", "2026-01-15T18:00:00Z"),
                item("decisionProposalAmended", ONBOARDING, "Onboarding", "2026-01-15T09:00:00Z")));

        assertThat(entries).extracting(DigestEntries.Entry::subjectId).containsExactly(OFFICE, ONBOARDING);
    }

    @Test
    void namesAnEntryByTheNewestTitleOfItsSubject() {
        var entries = DigestEntries.of(List.of(
                item("decisionProposalAmended", ONBOARDING, "Onboarding, draft", "2026-01-15T09:00:00Z"),
                item("decisionDecided", ONBOARDING, "Onboarding in two weeks", "2026-01-15T16:00:00Z")));

        assertThat(entries.getFirst().title()).isEqualTo("Onboarding in two weeks");
    }

    @Test
    void keepsItemsWithoutASubjectAsEntriesOfTheirOwn() {
        var entries = DigestEntries.of(List.of(
                new DigestItem("accountGranted", "ACCOUNT", null, "Account", "", Instant.parse("2026-01-15T09:00:00Z")),
                new DigestItem(
                        "accountGranted", "ACCOUNT", null, "Account", "", Instant.parse("2026-01-15T10:00:00Z"))));

        assertThat(entries).hasSize(2);
    }
}
