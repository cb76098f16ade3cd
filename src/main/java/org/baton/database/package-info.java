/**
 * Where Baton keeps its data: PostgreSQL only. With no external database configured, Baton starts its own
 * embedded PostgreSQL whose files live under the data directory, so a restart keeps everything.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Database",
        allowedDependencies = {})
package org.baton.database;
