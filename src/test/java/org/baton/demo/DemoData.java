package org.baton.demo;

import org.baton.shared.OrganizationId;
import org.springframework.context.ApplicationContext;

/** Fills an organization of a test with the demo: people, home bases, missions, decisions, principles, areas. */
public final class DemoData {

    private DemoData() {}

    public static void fill(ApplicationContext context, OrganizationId organization) {
        context.getBean(DemoOrganization.class).fillIfEmpty(organization);
    }
}
