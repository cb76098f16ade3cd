package org.baton.network;

import org.baton.people.PersonId;

/**
 * Someone who took part in a mission on the wall. {@code firstLead} marks a leader for whom this mission was the
 * first they led.
 */
public record CelebrationPerson(PersonId personId, String name, CelebrationRole role, boolean firstLead) {}
