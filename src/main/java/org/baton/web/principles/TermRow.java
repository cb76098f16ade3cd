package org.baton.web.principles;

import java.time.LocalDate;
import java.util.UUID;

/** A seat on the governance body as listed: whose, when, and whether it is current, ending soon or past. */
public record TermRow(
        UUID personId,
        String name,
        LocalDate startsOn,
        LocalDate endsOn,
        boolean current,
        boolean endsSoon,
        boolean upcoming) {}
