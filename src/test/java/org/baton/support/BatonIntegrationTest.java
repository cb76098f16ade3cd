package org.baton.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole of Baton on a random port against a real PostgreSQL (embedded, or the external one in the
 * external-postgres run). All such tests share one application context; each test founds its own
 * organization, so tests never see each other's data.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({BatonIntegrationTest.Clocks.class, FailingReaction.class})
public @interface BatonIntegrationTest {

    @TestConfiguration(proxyBeanMethods = false)
    class Clocks {
        /** Replaces the system clock everywhere, so tests can move time instead of waiting. */
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }
}
