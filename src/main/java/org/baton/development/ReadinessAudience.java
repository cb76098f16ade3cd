package org.baton.development;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.baton.people.PersonId;

/**
 * Who sees how far someone is from ready to lead (DOMAIN.md §12: home-base leaders and stewards look for who is
 * ready): everyone in the organization sees who is ready; only the home base's leader, the person's steward and the
 * person themselves see that someone is close and what they still lack, since that is about them and not yet
 * news for their colleagues.
 *
 * @param homeBaseLeader the leader of the home base the list is about (null when it has none)
 * @param stewards each person's steward (missing, or null, when they have none)
 */
record ReadinessAudience(PersonId homeBaseLeader, Map<PersonId, PersonId> stewards) {

    ReadinessAudience {
        stewards = stewards == null ? Map.of() : stewards;
    }

    /** What {@code viewer} sees of {@code readiness}: the ready, and those close whose notes are open to them. */
    List<Readiness> shownTo(PersonId viewer, List<Readiness> readiness) {
        return readiness.stream()
                .filter(r -> r.ready() || seesHowCloseIs(viewer, r.personId()))
                .toList();
    }

    /** Whether {@code viewer} sees how close {@code person} is to ready, and what they lack. */
    boolean seesHowCloseIs(PersonId viewer, PersonId person) {
        return viewer != null
                && (viewer.equals(person)
                        || viewer.equals(homeBaseLeader)
                        || Objects.equals(viewer, stewards.get(person)));
    }
}
