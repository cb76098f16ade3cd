/**
 * The people of an organization: who they are, what they know (expertise areas with a level), what they
 * want to grow into (growth goals), how available they are, and the time zone they read Baton in. Enrolling
 * and editing a person are published as a {@link org.baton.people.PersonEvent}, naming who did it.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "People",
        allowedDependencies = {"shared", "organizations"})
package org.baton.people;
