package org.baton.web.roles;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One assignment as the role page shows it, with its provenance: who granted it, from and until when, under which
 * decision ({@code decisionTitle} is null when the viewer may not see that decision), and how it ended.
 */
record Tenure(
        UUID assignmentId,
        UUID personId,
        String name,
        LocalDate from,
        LocalDate until,
        UUID grantedById,
        String grantedBy,
        UUID decisionId,
        String decisionTitle,
        boolean endsSoon,
        boolean mayStepBack,
        LocalDate steppedBackOn,
        String steppedBackBy,
        String note) {}
