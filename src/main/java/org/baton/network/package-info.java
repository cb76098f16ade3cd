/**
 * The leadership network beside the hierarchy (DOMAIN.md §11, Kotter's dual operating system): the big
 * opportunity statement, versioned and adopted by consent of the leadership team ({@code Opportunity},
 * {@code LeadershipTeam}); the urgency group of volunteers spreading it and its reach per home base
 * ({@code UrgencyGroup}); the guiding coalition chosen by open application, with a selection proposed by a solver
 * for attitude, energy and a cross-functional mix away from the usual suspects, adjusted and adopted by consent
 * of its panel ({@code Coalition}); strategic initiatives and 90-day wins carried by missions ({@code Initiatives});
 * and the celebrations wall ({@code Celebrations}). What changes is published as a {@link
 * org.baton.network.NetworkEvent}, naming who changed it and under which decision.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Leadership network",
        allowedDependencies = {
            "shared",
            "people",
            "homebases",
            "missions",
            "decisions",
            "roles",
            "zones",
            "principles",
            "development"
        })
package org.baton.network;
