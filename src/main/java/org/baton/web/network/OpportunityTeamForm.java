package org.baton.web.network;

import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.baton.network.LeadershipTeam;

/** The leadership team named anew: everyone ticked, the members kept and the people found by search. */
public class OpportunityTeamForm {

    @Size(max = LeadershipTeam.MAX_MEMBERS)
    private List<UUID> memberIds = new ArrayList<>();

    public List<UUID> getMemberIds() {
        return memberIds;
    }

    public void setMemberIds(List<UUID> memberIds) {
        this.memberIds = memberIds == null ? new ArrayList<>() : memberIds;
    }
}
