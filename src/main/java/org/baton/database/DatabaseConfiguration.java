package org.baton.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    DataSource dataSource(DatabaseProperties properties, EmbeddedDatabase embedded) {
        var config = new HikariConfig();
        config.setPoolName("baton");
        config.setMaximumPoolSize(10);
        if (properties.database().configured()) {
            log.info(
                    "Using the external PostgreSQL at {}", properties.database().url());
            config.setJdbcUrl(properties.database().url());
            config.setUsername(properties.database().username());
            config.setPassword(properties.database().password());
        } else {
            config.setJdbcUrl(embedded.start(properties).getJdbcUrl("postgres", "postgres"));
            config.setUsername("postgres");
        }
        return new HikariDataSource(config);
    }

    @Bean(destroyMethod = "stop")
    EmbeddedDatabase embeddedDatabase() {
        return new EmbeddedDatabase();
    }

    /** Starts the embedded PostgreSQL only when it is needed, and stops it with the application. */
    static class EmbeddedDatabase {

        private EmbeddedPostgres postgres;
        private Path throwAway;

        synchronized EmbeddedPostgres start(DatabaseProperties properties) {
            if (postgres == null) {
                Path directory = properties.dataDir().toAbsolutePath().resolve("postgres");
                try {
                    Files.createDirectories(directory);
                    log.info("Starting the embedded PostgreSQL with its data in {}", directory);
                    if (properties.cleanEmbeddedDatabase()) {
                        throwAway = directory;
                    }
                    postgres = EmbeddedPostgres.builder()
                            .setDataDirectory(directory)
                            .setCleanDataDirectory(properties.cleanEmbeddedDatabase())
                            // Spring stops it after everything that uses it, instead of a JVM hook racing the shutdown.
                            .setRegisterShutdownHook(false)
                            .start();
                } catch (IOException e) {
                    throw new UncheckedIOException("The embedded PostgreSQL did not start in " + directory, e);
                }
            }
            return postgres;
        }

        synchronized void stop() throws IOException {
            if (postgres != null) {
                postgres.close();
                postgres = null;
            }
            if (throwAway != null) {
                org.springframework.util.FileSystemUtils.deleteRecursively(throwAway.getParent());
            }
        }
    }
}
