package org.baton.log;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Provides the log key: {@code BATON_LOG_KEY} when given, else the key file. A running Baton generates the file
 * on its first start; a command such as {@code verify-log} only reads it, so it never invents a key that could
 * not match the chains.
 */
@Configuration(proxyBeanMethods = false)
class LogKeyConfiguration {

    @Bean
    LogKey logKey(LogKeyProperties properties, @Value("${baton.command:}") String command) {
        if (properties.key() != null && !properties.key().isBlank()) {
            return LogKey.fromBase64(properties.key());
        }
        return LogKey.fromFile(properties.keyFile(), command.isBlank());
    }
}
