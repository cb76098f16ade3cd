/**
 * The people of an organization: who they are, what they know (expertise areas with a level), what they
 * want to grow into (growth goals), how available they are, and the time zone they read Baton in; who guides
 * them: their steward (chosen by the person, their steward or an admin), the mentors they chose per knowledge
 * area, and whom they report to (administrative, set by an admin, granting no decision authority). Each change is
 * published as a {@link org.baton.people.PersonEvent}, naming who did it.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "People",
        allowedDependencies = {"shared", "organizations"})
package org.baton.people;
