package org.baton.web.inbox;

import org.baton.notifications.Inbox;
import org.baton.web.support.Viewer;
import org.springframework.stereotype.Component;

/** How many inbox items the viewer has not read, for the header. Exposed to templates as {@code @unreadInbox}. */
@Component("unreadInbox")
public class UnreadInbox {

    private final Inbox inbox;
    private final Viewer viewer;

    UnreadInbox(Inbox inbox, Viewer viewer) {
        this.inbox = inbox;
        this.viewer = viewer;
    }

    public long count() {
        return viewer.caller()
                .map(c -> inbox.unread(c.organizationId(), c.personId()))
                .orElse(0L);
    }
}
