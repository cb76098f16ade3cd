package org.baton.network.selection;

import java.util.List;
import java.util.UUID;
import org.baton.people.PersonId;

/**
 * What the selection weighs of one applicant, gathered from the other modules.
 *
 * @param attitude the panel's mean rating of their attitude (1–5), null while unrated
 * @param energy the panel's mean rating of their energy (1–5), null while unrated
 * @param homeBaseId their home base's id, null when they have none
 * @param homeBaseName their home base's name, null when they have none
 * @param areas the expertise areas they work in, as written
 * @param level their level in the management hierarchy: 1 for someone who reports to nobody, 2 for their reports...
 * @param leadingNow missions they lead now
 * @param ledLastYear other missions they led in the last twelve months
 * @param roles leadership roles they hold now
 * @param onCentre whether they sit on the centre
 * @param onGoverningBody whether they sit on the principles' governance body
 */
public record ApplicantFacts(
        UUID applicationId,
        PersonId personId,
        Double attitude,
        Double energy,
        String homeBaseId,
        String homeBaseName,
        List<String> areas,
        int level,
        Tenure tenure,
        int leadingNow,
        int ledLastYear,
        int roles,
        boolean onCentre,
        boolean onGoverningBody) {

    public ApplicantFacts {
        areas = List.copyOf(areas);
    }
}
