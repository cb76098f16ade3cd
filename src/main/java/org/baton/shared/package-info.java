/**
 * The shared kernel: the few types every module speaks in. The organization's id (every key includes it),
 * the refusals a rule of the domain can give ({@link org.baton.shared.RuleViolation},
 * {@link org.baton.shared.StateConflict}, {@link org.baton.shared.NotPermitted}, {@link org.baton.shared.NotFound}),
 * a page of a listing, and the small mechanism through which aggregates record their domain events. It holds
 * no rules of its own and depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Shared kernel",
        allowedDependencies = {})
package org.baton.shared;
