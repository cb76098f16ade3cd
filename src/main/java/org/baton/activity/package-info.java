/**
 * What changed in the organization lately: a projection of the other modules' events, kept after each change
 * committed, each change at its own time and with who made it. People enrolled, home bases and missions along
 * their lives, intents and decisions, values and principles, the governance body, decision areas, the centre
 * and mandates, missions celebrated and thanked on the celebrations wall. Shown on the dashboard.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Activity",
        allowedDependencies = {
            "shared",
            "people",
            "homebases",
            "missions",
            "zones",
            "decisions",
            "intents",
            "principles",
            "network"
        })
package org.baton.activity;
