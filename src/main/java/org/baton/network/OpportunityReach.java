package org.baton.network;

/** How far a version of the statement has reached: how many people read it, of how many in the organization. */
public record OpportunityReach(long reads, long people) {

    /** The share of the organization's people who read it, from 0 to 1. */
    public double share() {
        return people == 0 ? 0 : Math.min(1.0, (double) reads / people);
    }

    /** The share in whole percent, as a page says it ("read by 42% of people"). */
    public int percent() {
        return (int) Math.round(share() * 100);
    }
}
