package org.baton.log;

import java.util.List;

/** Entries newest first; pass {@code nextCursor} back to read on, until it is null. */
public record LogPage(List<LogEntry> entries, String nextCursor) {}
