package org.baton.zones;

import java.util.List;
import java.util.UUID;
import org.baton.people.PersonId;

/**
 * The answer to "am I allowed to?" for one area: first who holds the area ({@code holder}), then what that means
 * for the person asking: the zone that applies, who decides, who must be informed, whether a principle must be
 * cited, and why: the mandate that applies, if any. {@code reason} is a message key, filled with
 * {@code reasonArguments}.
 */
public record Route(
        DecisionArea area,
        Holder holder,
        Zone zone,
        Decider decider,
        List<PersonId> deciders,
        List<PersonId> informed,
        boolean principleRequired,
        Mandate mandate,
        String reason,
        List<String> reasonArguments) {

    public Route {
        holder = holder == null ? Holder.NONE : holder;
        deciders = List.copyOf(deciders);
        informed = List.copyOf(informed);
        reasonArguments = List.copyOf(reasonArguments);
    }

    /** A route that names no holder: for callers that only need the zone and who decides. */
    public Route(
            DecisionArea area,
            Zone zone,
            Decider decider,
            List<PersonId> deciders,
            List<PersonId> informed,
            boolean principleRequired,
            Mandate mandate,
            String reason,
            List<String> reasonArguments) {
        this(area, Holder.NONE, zone, decider, deciders, informed, principleRequired, mandate, reason, reasonArguments);
    }

    /** Who takes the decision. */
    public enum Decider {
        /** The person asking, with their team. */
        YOU,
        /** The centre, by consent. */
        CENTRE,
        /**
         * The home base or mission the area is granted to, which the person asking does not act for, or the role
         * it is granted to, which someone else holds: they ask the holder's leader (a role's holders), or declare
         * an intent the holder will see.
         */
        HOLDER
    }

    /**
     * Who holds an area: the home base, mission or role its mandate is granted to; the centre (the area is in the
     * centre-intervention zone, or granted to nobody while a centre is appointed); or nobody yet.
     *
     * @param id the home base's, mission's or role's id; null for the centre or nobody
     * @param name the name people know the holder by (a role's title); empty for nobody
     * @param leaderId whom to contact: the home base's or mission's leader, or the role's longest-serving holder,
     *     if it has one
     */
    public record Holder(Type type, UUID id, String name, PersonId leaderId) {

        public static final Holder NONE = new Holder(Type.NONE, null, "", null);

        public Holder {
            name = name == null ? "" : name;
        }

        static Holder centre(Centre centre) {
            return new Holder(Type.CENTRE, null, centre.name(), null);
        }

        public enum Type {
            HOME_BASE,
            MISSION,
            ROLE,
            CENTRE,
            NONE
        }
    }
}
