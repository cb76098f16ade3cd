/**
 * The decision log: an append-only, organization-wide record of every state change of intents and
 * decisions, of every change to missions and home bases, of who guides whom (stewards, mentors, reporting lines),
 * and of every organization-wide change (values and principles, the governance body, the centre, decision areas,
 * zones and mandates, roles and who holds them, the structure of the leadership network) with the decision it was
 * made under: who, when, what, the principles in play, context, choice, result. Readable and searchable by
 * everyone in the organization, except the entries of a decision or intent narrowed to its team or to named
 * people, which only they find (its audience is kept beside the chain, not in it). Each entry carries a hash
 * over its content and the previous entry's hash, keyed with a log key kept outside the database, so a silent
 * rewrite of history shows when the chain is verified; signed checkpoints of each chain head, exported and kept
 * elsewhere, show even a rewrite made with the key (ADR 0014). Reads are counted, because a log nobody reads is
 * a sign of decay.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Decision log",
        allowedDependencies = {
            "shared",
            "people",
            "homebases",
            "missions",
            "teams",
            "decisions",
            "intents",
            "principles",
            "zones",
            "roles",
            "network"
        })
package org.baton.log;
