package org.baton.accounts;

import org.baton.shared.StateConflict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start (no account yet), founds the organization named by {@code BATON_ORGANIZATION} with
 * {@code BATON_ADMIN_EMAIL} / {@code BATON_ADMIN_PASSWORD} as its admin and site operator. Without them the
 * first visit shows the setup page instead.
 */
@Component
@Order(0)
class FirstStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

    private final Accounts accounts;
    private final Settings settings;

    FirstStart(Accounts accounts, Settings settings) {
        this.accounts = accounts;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.complete() || accounts.anyAccountExists()) {
            return;
        }
        FoundedOrganization founded;
        try {
            founded = accounts.foundFirstOrganization(
                    settings.organization(),
                    nameFrom(settings.adminEmail()),
                    settings.adminEmail(),
                    settings.adminPassword());
        } catch (StateConflict foundedMeanwhile) {
            return; // another instance starting at the same time founded it
        }
        log.info(
                "Founded the organization '{}' with {} as its admin",
                founded.organization().name(),
                founded.admin().email());
    }

    private static String nameFrom(String email) {
        String local = email.substring(0, Math.max(0, email.indexOf('@')));
        if (local.isBlank()) {
            return "Admin";
        }
        return Character.toUpperCase(local.charAt(0)) + local.substring(1).replace('.', ' ');
    }

    @ConfigurationProperties("baton.first-start")
    record Settings(String adminEmail, String adminPassword, String organization) {
        boolean complete() {
            return adminEmail != null
                    && !adminEmail.isBlank()
                    && adminPassword != null
                    && !adminPassword.isBlank()
                    && organization != null
                    && !organization.isBlank();
        }
    }
}
