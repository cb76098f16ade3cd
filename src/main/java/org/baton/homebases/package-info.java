/**
 * Home bases: the stable teams of the dual operating system, each around one customer problem space, with
 * a home-base leader, members (a person belongs to at most one home base) and a context: customers served,
 * success metrics, priorities and the budget constraint. Its context is changed by its home-base leader
 * ({@code HomeBaseAuthority}). What changes is published as a {@link org.baton.homebases.HomeBaseEvent}, naming
 * who changed it.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Home bases",
        allowedDependencies = {"shared", "people"})
package org.baton.homebases;
