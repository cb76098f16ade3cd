package org.baton.web.homebases;

import java.util.UUID;

/** A home base as listed: its name, purpose, leader and how many belong to it. */
public record HomeBaseRow(UUID id, String name, String purpose, UUID leaderId, String leaderName, int members) {}
