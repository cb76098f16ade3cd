package org.baton.network;

import java.util.List;

/**
 * How a proposed coalition mixes the organization: seats per home base, per expertise area, per level of the
 * management hierarchy and per tenure band, beside how many applicants each had.
 */
public record SelectionMix(List<Share> homeBases, List<Share> areas, List<Share> levels, List<Share> tenure) {

    public SelectionMix {
        homeBases = List.copyOf(homeBases);
        areas = List.copyOf(areas);
        levels = List.copyOf(levels);
        tenure = List.copyOf(tenure);
    }

    /** One group: its key (a home base id, an area, a level, a tenure band), its seats and its applicants. */
    public record Share(String key, int seats, int applicants) {}
}
