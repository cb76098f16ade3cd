package org.baton.intents;

import java.time.Instant;

/** An intent's objection window as it shows in a calendar: when it closes. */
public record IntentWindow(IntentId intentId, String statement, Instant closesAt) {}
