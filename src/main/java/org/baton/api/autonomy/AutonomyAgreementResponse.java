package org.baton.api.autonomy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.baton.roles.AutonomyAgreement;
import org.baton.roles.AutonomyCheckIn;
import org.baton.roles.AutonomyDimension;
import org.baton.roles.AutonomySide;
import org.baton.shared.Rows;

/** An autonomy agreement with its check-ins, oldest first, and the dimensions they show mismatched. */
record AutonomyAgreementResponse(
        UUID id,
        UUID leaderId,
        UUID personId,
        UUID homeBaseId,
        UUID missionId,
        String context,
        AutonomyAgreementResource.StagesBody stages,
        LocalDate reviewOn,
        long version,
        UUID agreedBy,
        Instant agreedAt,
        List<CheckInResponse> checkIns,
        boolean mismatch,
        List<String> mismatchedDimensions) {

    record CheckInResponse(
            UUID id, UUID byId, AutonomySide side, AutonomyAgreementResource.FitBody fit, String note, Instant at) {

        static CheckInResponse of(AutonomyCheckIn c) {
            return new CheckInResponse(
                    c.id(), c.by().value(), c.side(), AutonomyAgreementResource.FitBody.of(c.fit()), c.note(), c.at());
        }
    }

    static AutonomyAgreementResponse of(AutonomyAgreement a) {
        var mismatched =
                a.mismatchedDimensions().stream().map(AutonomyDimension::field).toList();
        return new AutonomyAgreementResponse(
                a.id().value(),
                a.leaderId().value(),
                Rows.uuid(a.led().personId()),
                Rows.uuid(a.led().homeBaseId()),
                Rows.uuid(a.led().missionId()),
                a.context(),
                AutonomyAgreementResource.StagesBody.of(a.stages()),
                a.reviewOn(),
                a.version(),
                a.agreedBy().value(),
                a.agreedAt(),
                a.checkIns().stream().map(CheckInResponse::of).toList(),
                !mismatched.isEmpty(),
                mismatched);
    }
}
