package org.baton.network;

import java.util.List;
import org.baton.shared.OrganizationId;
import org.springframework.stereotype.Service;

/**
 * Proposes who fills a coalition call's seats: Timefold Solver weighs the panel's ratings of attitude and energy,
 * a cross-functional mix (home bases, expertise areas, levels of the management hierarchy, tenure) and keeps away
 * from the usual suspects (people who lead many missions, hold many roles, or sit on the centre or the governance
 * body); each pick and near miss is explained from the score's constraint matches.
 */
@Service
public class CoalitionSelections {

    /** The most applications one selection weighs. */
    public static final int MAX_APPLICATIONS = 2_000;

    /** A proposal filling {@code seats} from {@code applications} (each a different person of {@code org}). */
    public SelectionProposal propose(OrganizationId org, int seats, List<RatedApplication> applications) {
        throw new UnsupportedOperationException("The coalition selection solver is not built yet.");
    }
}
