package org.baton;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@Modulithic(sharedModules = "shared")
@ConfigurationPropertiesScan
@EnableScheduling
public class BatonApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("verify-log")) {
            System.exit(verifyLog(java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && org.baton.database.DatabaseCommands.handles(args[0])) {
            System.exit(org.baton.database.DatabaseCommands.run(args));
        }
        SpringApplication.run(BatonApplication.class, args);
    }

    /**
     * Runs Baton without its web server just to verify every organization's decision log (and, with
     * {@code --against <file>}, a saved checkpoint export); returns the exit code.
     */
    public static int verifyLog(String... args) {
        var application = new SpringApplication(BatonApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setDefaultProperties(
                java.util.Map.of("baton.command", "verify-log", "spring.main.banner-mode", "off"));
        return SpringApplication.exit(application.run(args));
    }

    /** Every module reads time from this clock, so deadlines and windows can be tested by moving it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
