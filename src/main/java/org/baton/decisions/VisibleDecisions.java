package org.baton.decisions;

/**
 * The visibility rule ({@link org.baton.teams.Audience}) as a condition on {@code decisions} rows, so that
 * listings and their counts hold only what the viewer may see: open to the organization; kept to a team the
 * viewer is on; or naming the viewer as proposer, decider, named, participant, consulted or asked for advice.
 */
final class VisibleDecisions {

    static final String SQL =
            """

            and (visibility = 'ORGANIZATION'
                or proposer_id = :viewer or decider_id = :viewer or cast(:viewer as uuid) = any(named_ids)
                or exists (select 1 from decision_advice a where a.organization_id = decisions.organization_id
                    and a.decision_id = decisions.id and a.person_id = :viewer)
                or exists (select 1 from decision_participants p where p.organization_id = decisions.organization_id
                    and p.decision_id = decisions.id and p.person_id = :viewer)
                or exists (select 1 from decision_consultations c where c.organization_id = decisions.organization_id
                    and c.decision_id = decisions.id and c.person_id = :viewer)
                or (visibility = 'TEAM' and (home_base_id = any(:viewerHomeBases) or mission_id = any(:viewerMissions))))""";

    private VisibleDecisions() {}
}
