package org.baton.intents;

import java.time.Instant;
import java.util.UUID;
import org.baton.people.PersonId;

/** A reasoned objection to an intent; amending the intent addresses the objections raised so far. */
public record IntentObjection(UUID id, PersonId raisedBy, String harm, Instant raisedAt, boolean addressed) {}
