package org.baton.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param dataDir where the embedded PostgreSQL keeps its files ({@code BATON_DATA_DIR})
 * @param database an external PostgreSQL; when its url is blank the embedded one is started
 * @param cleanEmbeddedDatabase start the embedded database empty and delete the data directory when
 *     stopping (for tests)
 */
@ConfigurationProperties("baton")
record DatabaseProperties(Path dataDir, External database, boolean cleanEmbeddedDatabase) {

    DatabaseProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        database = database == null ? new External(null, null, null) : database;
    }

    record External(String url, String username, String password) {
        boolean configured() {
            return url != null && !url.isBlank();
        }
    }
}
