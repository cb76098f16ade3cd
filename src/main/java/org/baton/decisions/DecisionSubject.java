package org.baton.decisions;

import org.baton.teams.Scope;

/** What a decision is about, as every one of its events carries it: its title, its context and its scope. */
public record DecisionSubject(String title, String context, Scope scope) {}
