/**
 * The REST API under {@code /api/v1}: JSON in and out, personal access tokens for authentication, RFC 9457
 * problem details for every error. An adapter: it calls the domain modules' facades and nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "REST API",
        allowedDependencies = {
            "shared",
            "organizations",
            "accounts",
            "calendar",
            "audit",
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
            "roles",
            "log",
            "notifications",
            "attention",
            "development",
            "network",
            "roles"
        })
package org.baton.api;
