/**
 * Escalation made explicit. Every decision area sits in one zone: local (the team decides), principle check
 * (decide, citing the principle applied), centre awareness (decide and inform the centre) or centre
 * intervention (the centre decides, by consent). Mandates grant areas to home bases, missions and roles:
 * inside a mandate the holder decides locally. {@link org.baton.zones.Zones#route} works out, for a person and
 * an area, who holds it, then the zone, who decides (the person, the centre, or the holder they do not act
 * for), who must be informed and why, so nobody has to ask "am I allowed to?"; the
 * rule itself is {@code ZoneRouting}, on facts already loaded. A role's holders today, and which role a title
 * names, come through the {@link org.baton.zones.RoleHolders} port, answered by the roles module (which depends on
 * zones, not the other way round). What changes is published as a
 * {@link org.baton.zones.ZoneEvent}, naming who changed it.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Zones and mandates",
        allowedDependencies = {"shared", "people", "homebases", "missions", "teams"})
package org.baton.zones;
