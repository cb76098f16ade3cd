package org.baton.zones;

import java.util.List;
import org.baton.people.PersonId;

/**
 * The answer to "am I allowed to?" for one area: the zone that applies, who decides, who must be informed,
 * whether a principle must be cited, and why: the mandate that applies, if any. {@code reason} is a
 * message key, filled with {@code reasonArguments}.
 */
public record Route(
        DecisionArea area,
        Zone zone,
        Decider decider,
        List<PersonId> deciders,
        List<PersonId> informed,
        boolean principleRequired,
        Mandate mandate,
        String reason,
        List<String> reasonArguments) {

    /** Who takes the decision. */
    public enum Decider {
        /** The person asking, with their team. */
        YOU,
        /** The centre, by consent. */
        CENTRE
    }
}
