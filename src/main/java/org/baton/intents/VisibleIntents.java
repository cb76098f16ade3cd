package org.baton.intents;

/**
 * The visibility rule ({@link org.baton.teams.Audience}) as a condition on {@code intents} rows, so that
 * listings and their counts hold only what the viewer may see: open to the organization; kept to a team the
 * viewer is on; or declared by or naming the viewer.
 */
final class VisibleIntents {

    static final String SQL =
            """

            and (visibility = 'ORGANIZATION'
                or author_id = :viewer or cast(:viewer as uuid) = any(named_ids)
                or (visibility = 'TEAM' and (home_base_id = any(:viewerHomeBases) or mission_id = any(:viewerMissions))))""";

    private VisibleIntents() {}
}
