package org.baton.network;

import java.util.List;

/** A coalition selection as Baton proposes it: the picks for the seats, the near misses, and the mix. */
public record SelectionProposal(List<SelectionPick> seats, List<SelectionPick> nearMisses, SelectionMix mix) {

    public SelectionProposal {
        seats = List.copyOf(seats);
        nearMisses = List.copyOf(nearMisses);
    }
}
