package org.baton.notifications;

/** A person's delivery for one kind of notice, beside that kind's default. */
public record KindPreference(String kind, Delivery delivery, Delivery byDefault) {}
