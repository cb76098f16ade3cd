/**
 * The server-rendered pages (Thymeleaf and htmx) people use in the browser. An adapter: it calls the domain
 * modules' facades and nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Web",
        allowedDependencies = {
            "shared",
            "organizations",
            "accounts",
            "calendar",
            "audit",
            "activity",
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
            "log",
            "notifications",
            "attention",
            "development",
            "network",
            "roles"
        })
package org.baton.web;
