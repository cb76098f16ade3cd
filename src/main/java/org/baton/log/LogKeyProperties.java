package org.baton.log;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the log key comes from. {@code key} ({@code BATON_LOG_KEY}) is the base64 of at least 32 random bytes;
 * when it is empty the key is read from {@code keyFile} ({@code BATON_LOG_KEY_FILE}, by default {@code log.key}
 * in {@code BATON_DATA_DIR}), which Baton generates on its first start. The key never lives in the database.
 */
@ConfigurationProperties("baton.log")
record LogKeyProperties(String key, Path keyFile) {

    LogKeyProperties {
        keyFile = keyFile == null ? Path.of("data", "log.key") : keyFile;
    }

    @Override
    public String toString() {
        return "LogKeyProperties[key=" + (key == null || key.isBlank() ? "none" : "given") + ", keyFile=" + keyFile
                + "]";
    }
}
