package org.baton.notifications;

/**
 * A way a notice reaches a person: the in-app inbox, email, and later chat. Each channel is one bean; the
 * {@link Notices} dispatcher hands every notice to each of them with the person's preference for its kind, and the
 * channel decides what that preference means for it. A channel runs inside the listener's transaction, so what it
 * writes commits or rolls back with the inbox item.
 */
public interface Channel {

    void deliver(Notice notice, Delivery preference);
}
