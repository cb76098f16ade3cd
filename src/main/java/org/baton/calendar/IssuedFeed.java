package org.baton.calendar;

/** A freshly made calendar feed: {@code secret} is shown to its owner this once and never stored. */
public record IssuedFeed(CalendarFeed feed, String secret) {}
