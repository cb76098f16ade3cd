/**
 * Changes to the organization's structure made by the centre (DOMAIN.md §13): appointing the centre anew,
 * defining a decision area, moving an area to another zone or renaming it, granting or revoking a mandate. Anyone
 * proposes such a change; it is raised as a consent decision whose participants are the centre's members, and
 * when that decision is made the change is applied by the zones module with the decision as its provenance.
 * While no centre is appointed, the admin acts for it directly through the zones module instead.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Structure changes",
        allowedDependencies = {"shared", "people", "homebases", "missions", "teams", "zones", "decisions"})
package org.baton.structure;
