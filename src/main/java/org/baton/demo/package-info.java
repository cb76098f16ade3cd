/**
 * A demo organization for trying Baton out. When {@code baton.demo} is on ({@code BATON_DEMO=true}), the first
 * organization, if it has no home bases yet, is filled with a small product company: home bases with their
 * context, people with expertise and growth goals, and missions at different points of their lifecycle, one of
 * them with check-ins and others whose lessons sit in their home base's memory. It uses only the other modules'
 * facades, so the demo is built exactly the way a person would build it, and it never runs twice.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Demo",
        allowedDependencies = {
            "shared",
            "organizations",
            "people",
            "roles",
            "homebases",
            "missions",
            "teams",
            "zones",
            "decisions",
            "intents",
            "principles",
            "structure",
            "network"
        })
package org.baton.demo;
