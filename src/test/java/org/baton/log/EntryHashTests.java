package org.baton.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baton.log.LogEntries.anEntry;

import java.time.Instant;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The chain rule: what goes into an entry's hash, and what does not. */
class EntryHashTests {

    static final UUID ORGANIZATION = UUID.fromString("00000000-0000-0000-0000-0000000000f1");
    static final String PREVIOUS = "a".repeat(64);
    /** What {@code anEntry()} hashed to before entries carried a provenance decision. */
    static final String HASH_BEFORE_PROVENANCE = "9f9a2b1755efdd56f188a368c0ed2849b73216439d549c2eb92c0b17ff5941ba";

    static final UUID SOMEONE_ELSE = UUID.fromString("00000000-0000-0000-0000-0000000000ff");

    static String hash(LogEntries entry) {
        return EntryHash.of(PREVIOUS, ORGANIZATION, entry.build());
    }

    @Test
    void hashesTheSameEntryTheSameWay() {
        assertThat(hash(anEntry())).isEqualTo(hash(anEntry()));
    }

    @Test
    void writesTheHashAsSixtyFourHexDigits() {
        assertThat(hash(anEntry())).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(EntryHash.GENESIS).hasSize(64).matches("0{64}");
    }

    static Stream<Arguments> changes() {
        return Stream.of(
                change("id", e -> e.id(SOMEONE_ELSE)),
                change("sequence", e -> e.sequence(2)),
                change("time", e -> e.occurredAt(Instant.parse("2026-11-02T09:00:01.123456Z"))),
                change("actor", e -> e.actor(SOMEONE_ELSE)),
                change("no actor", e -> e.actor(null)),
                change(
                        "subject type",
                        e -> e.subject("INTENT", UUID.fromString("00000000-0000-0000-0000-00000000d001"))),
                change("subject id", e -> e.subject("DECISION", SOMEONE_ELSE)),
                change("action", e -> e.action("DECISION_OBJECTION_RAISED")),
                change("title", e -> e.title("Guided setup replaces the kickoff call!")),
                change("context", e -> e.context("")),
                change("choice", e -> e.choice("Keep the kickoff call")),
                change("result", e -> e.result("Activation time fell to 41 days")),
                change("principles", e -> e.principles()),
                change("home base", e -> e.homeBase(SOMEONE_ELSE)),
                change("no home base", e -> e.homeBase(null)),
                change("mission", e -> e.mission(SOMEONE_ELSE)),
                change("provenance", e -> e.underDecision(SOMEONE_ELSE)));
    }

    private static Arguments change(String field, UnaryOperator<LogEntries> change) {
        return Arguments.of(field, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void changesTheHashWhenAnyFieldOfTheEntryChanges(String field, UnaryOperator<LogEntries> change) {
        assertThat(hash(change.apply(anEntry()))).as(field).isNotEqualTo(hash(anEntry()));
    }

    @Test
    void includesThePreviousEntrysHash() {
        var entry = anEntry().build();

        assertThat(EntryHash.of("b".repeat(64), ORGANIZATION, entry))
                .isNotEqualTo(EntryHash.of(PREVIOUS, ORGANIZATION, entry))
                .isNotEqualTo(EntryHash.of(EntryHash.GENESIS, ORGANIZATION, entry));
    }

    @Test
    void includesTheOrganization() {
        var entry = anEntry().build();

        assertThat(EntryHash.of(PREVIOUS, SOMEONE_ELSE, entry))
                .isNotEqualTo(EntryHash.of(PREVIOUS, ORGANIZATION, entry));
    }

    @Test
    void keepsFieldsApartByTheirLengthSoMovingTextBetweenFieldsChangesTheHash() {
        assertThat(hash(anEntry().title("ab").context("c")))
                .isNotEqualTo(hash(anEntry().title("a").context("bc")));
        assertThat(hash(anEntry().title("a;b").context("c")))
                .isNotEqualTo(hash(anEntry().title("a").context("b;c")));
    }

    @Test
    void ignoresTimeFinerThanTheMicrosecondsTheDatabaseKeeps() {
        var stored = Instant.parse("2026-11-02T09:00:00.123456Z");

        assertThat(hash(anEntry().occurredAt(stored.plusNanos(789))))
                .isEqualTo(hash(anEntry().occurredAt(stored)));
    }

    @Test
    void hashesAnEntryWithoutProvenanceAsEntriesWereHashedBeforeProvenanceExisted() {
        assertThat(hash(anEntry())).isEqualTo(HASH_BEFORE_PROVENANCE);
    }

    @Test
    void leavesTheReadCountOutSoReadingAnEntryKeepsTheChainIntact() {
        assertThat(hash(anEntry().readBy(12))).isEqualTo(hash(anEntry().readBy(0)));
    }

    static final LogKey KEY = LogKey.fromBase64(LogKeyTests.KEY);

    static String keyed(LogEntries entry) {
        return EntryHash.keyed(KEY, PREVIOUS, ORGANIZATION, entry.build());
    }

    @Test
    void keyedHashIsHmacSha256OfTheSameInputAsSixtyFourHexDigits() {
        assertThat(keyed(anEntry())).hasSize(64).matches("[0-9a-f]{64}").isEqualTo(keyed(anEntry()));
        assertThat(keyed(anEntry())).isNotEqualTo(hash(anEntry()));
    }

    @Test
    void keyedHashDiffersPerKeySoItCannotBeRecomputedWithoutTheKey() {
        var other = LogKey.fromBase64(LogKeyTests.OTHER_KEY);

        assertThat(EntryHash.keyed(other, PREVIOUS, ORGANIZATION, anEntry().build()))
                .isNotEqualTo(keyed(anEntry()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void keyedHashChangesWhenAnyFieldOfTheEntryChanges(String field, UnaryOperator<LogEntries> change) {
        assertThat(keyed(change.apply(anEntry()))).as(field).isNotEqualTo(keyed(anEntry()));
    }

    @Test
    void hashesByTheSchemeAChainWasWrittenWith() {
        var entry = anEntry().build();

        assertThat(EntryHash.by(EntryHash.PLAIN, KEY, PREVIOUS, ORGANIZATION, entry))
                .isEqualTo(HASH_BEFORE_PROVENANCE);
        assertThat(EntryHash.by(EntryHash.KEYED, KEY, PREVIOUS, ORGANIZATION, entry))
                .isEqualTo(keyed(anEntry()));
    }
}
