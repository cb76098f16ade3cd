package org.baton.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    static final Duration CONNECTION_TIMEOUT = Duration.ofMillis(1_500);

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    DataSource dataSource(DatabaseProperties properties, EmbeddedDatabase embedded) {
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
            config.setJdbcUrl(embedded.start(properties).getJdbcUrl("postgres", "postgres"));
            config.setUsername("postgres");
        }
        return new HikariDataSource(config);
    }

    @Bean(destroyMethod = "stop")
    EmbeddedDatabase embeddedDatabase() {
        return new EmbeddedDatabase();
    }
}
