package org.baton.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.time.Duration;
import java.util.OptionalInt;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    static final Duration CONNECTION_TIMEOUT = Duration.ofMillis(1_500);

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    DataSource dataSource(DatabaseProperties properties, EmbeddedDatabase embedded, Environment environment)
            throws IOException {
        var config = new HikariConfig();
        config.setPoolName("baton");
        config.setMaximumPoolSize(10);
        // While the database is down, requests and the health check answer within seconds instead of hanging.
        config.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        config.setValidationTimeout(1_000);
        if (properties.database().configured()) {
            log.info(
                    "Using the external PostgreSQL at {}", properties.database().url());
            config.setJdbcUrl(properties.database().url());
            config.setUsername(properties.database().username());
            config.setPassword(properties.database().password());
        } else {
            config.setJdbcUrl(embeddedUrl(properties, embedded, environment.containsProperty("baton.command")));
            config.setUsername("postgres");
        }
        return new HikariDataSource(config);
    }

    /**
     * The embedded server's address: the one this Baton starts, or for a command (verify-log) the one a running
     * Baton already serves from the same data directory.
     */
    private static String embeddedUrl(DatabaseProperties properties, EmbeddedDatabase embedded, boolean command)
            throws IOException {
        var running = command
                ? EmbeddedDatabase.portOfServerInUse(
                        properties.dataDir().toAbsolutePath().resolve("postgres"))
                : OptionalInt.empty();
        if (running.isPresent()) {
            log.info("Using the embedded PostgreSQL a running Baton serves on port {}", running.getAsInt());
            return "jdbc:postgresql://localhost:" + running.getAsInt() + "/postgres";
        }
        return embedded.start(properties).getJdbcUrl("postgres", "postgres");
    }

    @Bean(destroyMethod = "stop")
    EmbeddedDatabase embeddedDatabase() {
        return new EmbeddedDatabase();
    }
}
