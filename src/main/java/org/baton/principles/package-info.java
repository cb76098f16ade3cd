/**
 * The coherence layer: three to five values, each made practical by two or three principles. Both are
 * living and versioned: every change keeps a version with its rationale and the feedback that triggered it
 * (a decision, an intent or a regeneration review); retiring is a version too, never a delete. Shows
 * proliferation (too many values or principles) and staleness (principles untouched for long).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Values and principles",
        allowedDependencies = {"shared", "people", "teams", "decisions", "intents"})
package org.baton.principles;
