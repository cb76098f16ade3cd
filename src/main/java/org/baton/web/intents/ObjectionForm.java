package org.baton.web.intents;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A reasoned objection: the harm foreseen, and optionally the principles it says are at stake. Whether it
 * is reasoned is the domain's call, so its refusal explains what an objection needs.
 */
public class ObjectionForm {

    private String harm;
    private List<UUID> principleIds = new ArrayList<>();

    public String getHarm() {
        return harm;
    }

    public void setHarm(String harm) {
        this.harm = harm;
    }

    public List<UUID> getPrincipleIds() {
        return principleIds;
    }

    public void setPrincipleIds(List<UUID> principleIds) {
        this.principleIds = principleIds;
    }
}
