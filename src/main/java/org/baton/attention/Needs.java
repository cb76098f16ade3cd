package org.baton.attention;

import java.util.ArrayList;
import java.util.List;
import org.baton.decisions.DecisionsAwaitingAnswer;
import org.baton.intents.IntentsAwaitingAnswer;
import org.baton.missions.MissionsAwaitingCheckIn;
import org.baton.people.PersonId;
import org.baton.principles.ReviewsAwaitingOutcome;
import org.baton.shared.Awaiting;
import org.baton.shared.OrganizationId;
import org.baton.shared.Page;
import org.baton.shared.PageRequest;
import org.baton.teams.Teams;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What awaits a person's answer, across decisions, intents, missions and regeneration reviews. */
@Service
public class Needs {

    private final DecisionsAwaitingAnswer decisions;
    private final IntentsAwaitingAnswer intents;
    private final MissionsAwaitingCheckIn missions;
    private final ReviewsAwaitingOutcome reviews;
    private final Teams teams;

    Needs(
            DecisionsAwaitingAnswer decisions,
            IntentsAwaitingAnswer intents,
            MissionsAwaitingCheckIn missions,
            ReviewsAwaitingOutcome reviews,
            Teams teams) {
        this.teams = teams;
        this.decisions = decisions;
        this.intents = intents;
        this.missions = missions;
        this.reviews = reviews;
    }

    /** One page of what awaits {@code person}'s answer, soonest deadline first ({@link NeedsOrder}). */
    @Transactional(readOnly = true)
    public Page<Awaiting> of(OrganizationId org, PersonId person, PageRequest page) {
        var viewer = teams.viewer(org, person);
        var all = new ArrayList<Awaiting>();
        all.addAll(decisions.of(org, viewer));
        all.addAll(intents.of(org, viewer));
        all.addAll(missions.of(org, person));
        all.addAll(reviews.of(org, person));
        all.sort(NeedsOrder.SOONEST_FIRST);
        List<Awaiting> items =
                all.stream().skip(page.offset()).limit(page.size()).toList();
        return new Page<>(items, page.page(), page.size(), all.size());
    }
}
