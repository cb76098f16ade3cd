package org.baton.notifications;

import java.time.Instant;
import java.util.UUID;

/** One notice waiting for a person's daily digest: what the inbox item says, and when it arrived. */
record DigestItem(String kind, String subjectType, UUID subjectId, String title, String detail, Instant at) {}
