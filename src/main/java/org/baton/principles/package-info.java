/**
 * The coherence layer: three to five values, each made practical by two or three principles. Both are
 * living and versioned: every change keeps a version with its rationale and the feedback that triggered it
 * (a decision, an intent or a regeneration review); retiring is a version too, never a delete. Shows
 * proliferation (too many values or principles) and staleness (principles untouched for long).
 *
 * <p>A rotating governance body looks after them: anyone proposes a change, which the body adopts by consent
 * (a consent decision of the decisions module); tensions from the work (flags, and objections citing a
 * principle) are gathered by regeneration reviews on the organization's cadence, one open at a time. Values,
 * principles, the body, change proposals, reviews and tensions are aggregates that guard these rules and record
 * {@link org.baton.principles.PrincipleEvent}s and {@link org.baton.principles.GovernanceEvent}s, published once
 * they are saved.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Values and principles",
        allowedDependencies = {"shared", "people", "teams", "decisions", "intents", "roles"})
package org.baton.principles;
