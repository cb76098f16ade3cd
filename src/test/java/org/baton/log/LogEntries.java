package org.baton.log;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Log entries for tests: a complete entry whose fields a test changes one at a time. */
final class LogEntries {

    private UUID id = UUID.fromString("00000000-0000-0000-0000-00000000e001");
    private long sequence = 1;
    private Instant occurredAt = Instant.parse("2026-11-02T09:00:00.123456Z");
    private UUID actorId = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private String subjectType = "DECISION";
    private UUID subjectId = UUID.fromString("00000000-0000-0000-0000-00000000d001");
    private String action = "DECISION_MADE";
    private String title = "Guided setup replaces the kickoff call";
    private String context = "Most time is lost waiting for a call with us.";
    private String choice = "Ship guided setup to the pilot clinics";
    private String result = "";
    private List<UUID> principleIds = List.of(UUID.fromString("00000000-0000-0000-0000-00000000b001"));
    private UUID homeBaseId = UUID.fromString("00000000-0000-0000-0000-00000000c001");
    private UUID missionId = null;
    private UUID decisionId = null;
    private long readers = 0;

    private LogEntries() {}

    static LogEntries anEntry() {
        return new LogEntries();
    }

    LogEntries id(UUID id) {
        this.id = id;
        return this;
    }

    LogEntries sequence(long sequence) {
        this.sequence = sequence;
        return this;
    }

    LogEntries occurredAt(Instant occurredAt) {
        this.occurredAt = occurredAt;
        return this;
    }

    LogEntries actor(UUID actorId) {
        this.actorId = actorId;
        return this;
    }

    LogEntries subject(String subjectType, UUID subjectId) {
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        return this;
    }

    LogEntries action(String action) {
        this.action = action;
        return this;
    }

    LogEntries title(String title) {
        this.title = title;
        return this;
    }

    LogEntries context(String context) {
        this.context = context;
        return this;
    }

    LogEntries choice(String choice) {
        this.choice = choice;
        return this;
    }

    LogEntries result(String result) {
        this.result = result;
        return this;
    }

    LogEntries principles(UUID... principleIds) {
        this.principleIds = List.of(principleIds);
        return this;
    }

    LogEntries homeBase(UUID homeBaseId) {
        this.homeBaseId = homeBaseId;
        return this;
    }

    LogEntries mission(UUID missionId) {
        this.missionId = missionId;
        return this;
    }

    LogEntries underDecision(UUID decisionId) {
        this.decisionId = decisionId;
        return this;
    }

    LogEntries readBy(long readers) {
        this.readers = readers;
        return this;
    }

    LogEntry build() {
        return new LogEntry(
                id,
                sequence,
                occurredAt,
                actorId,
                subjectType,
                subjectId,
                action,
                title,
                context,
                choice,
                result,
                principleIds,
                homeBaseId,
                missionId,
                decisionId,
                null,
                null,
                readers);
    }
}
