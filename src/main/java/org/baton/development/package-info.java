/**
 * Growing leaders (DOMAIN.md §12): who led which mission and when ({@code MissionLeads}, fed by the missions'
 * events), staffing proposals for missions from a solver that weighs expertise, growth goals, availability, a
 * cross-functional mix and the rotation of leadership, and explains each pick ({@code Staffing}); who in a home
 * base is ready to lead a first mission; and the leadership pipeline over time.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Growing leaders",
        allowedDependencies = {"shared", "people", "homebases", "missions", "roles"})
package org.baton.development;
