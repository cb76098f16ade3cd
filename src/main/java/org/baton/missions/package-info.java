/**
 * Missions: temporary teams formed to reach one outcome, usually spawned from a home base and led by
 * anyone. A mission's context mirrors a home base's one level down: an outcome with a metric, success
 * criteria, a timebox with check-ins, constraints and the decision areas it owns. The lifecycle runs
 * proposed, staffing, active, then completed or abandoned with its lessons captured, then celebrated. The
 * lessons of a home base's missions are that home base's memory. Its transitions and context belong to its
 * leader and its home base's leader, its check-ins to its leader and members ({@code MissionAuthority}). What
 * changes is published as a {@link org.baton.missions.MissionEvent}, naming who changed it.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Missions",
        allowedDependencies = {"shared", "people", "homebases"})
package org.baton.missions;
