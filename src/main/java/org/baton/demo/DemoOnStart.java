package org.baton.demo;

import org.baton.organizations.Organizations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With {@code baton.demo=true}, fills the first organization with the demo once it exists. Runs after the
 * first start has founded that organization (order 0), so the demo lands in the organization the admin
 * signs in to.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty("baton.demo")
class DemoOnStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoOnStart.class);

    private final Organizations organizations;
    private final DemoOrganization demo;

    DemoOnStart(Organizations organizations, DemoOrganization demo) {
        this.organizations = organizations;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        var all = organizations.all();
        if (all.isEmpty()) {
            log.info(
                    "Demo: no organization yet; set BATON_ADMIN_EMAIL, BATON_ADMIN_PASSWORD and BATON_ORGANIZATION to found one");
            return;
        }
        var organization = organizations.get(all.getFirst());
        if (demo.fillIfEmpty(organization.id())) {
            log.info("Demo: filled '{}' with home bases, people and missions", organization.name());
        } else {
            log.info("Demo: '{}' already has home bases; left as it is", organization.name());
        }
    }
}
