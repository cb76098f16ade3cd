/**
 * Where Baton keeps its data: PostgreSQL only. With no external database configured, Baton starts its own
 * embedded PostgreSQL whose files live under the data directory, so a restart keeps everything. The same
 * database holds the event publication registry, the outbox from which every reaction to a change runs after
 * commit; failed publications are retried from it. An embedded server that dies while Baton runs is started
 * again on the same files; {@code backup} and {@code restore} copy the database into one file and back.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Database",
        allowedDependencies = {})
package org.baton.database;
