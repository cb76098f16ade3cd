package org.baton.web.people;

import java.util.List;
import java.util.UUID;
import org.baton.people.Expertise;

/** A person as listed in the directory; those without a steward are flagged. */
public record PersonRow(
        UUID id,
        String name,
        String email,
        List<Expertise> expertise,
        UUID homeBaseId,
        String homeBaseName,
        int availability,
        boolean withoutSteward) {}
