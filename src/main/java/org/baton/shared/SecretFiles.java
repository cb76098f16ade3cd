package org.baton.shared;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * Key files Baton keeps outside the database (the log key, the mail key): 32 random bytes in base64, written
 * owner-only from the first byte, and never replaced once there, so two nodes starting at once keep the same key.
 */
public final class SecretFiles {

    public static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final int BYTES = 32;

    private SecretFiles() {}

    /** Writes a fresh key into {@code file} unless it exists; true when this call wrote it. */
    public static boolean createIfMissing(Path file) throws IOException {
        if (Files.exists(file)) {
            return false;
        }
        var bytes = new byte[BYTES];
        new SecureRandom().nextBytes(bytes);
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        String name = file.getFileName().toString();
        Path temporary = dir.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? Files.createTempFile(dir, name, ".new", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                : Files.createTempFile(dir, name, ".new");
        try {
            Files.writeString(temporary, Base64.getEncoder().encodeToString(bytes) + "\n");
            Files.move(temporary, file); // without replacing: a node that was first keeps its key
            return true;
        } catch (FileAlreadyExistsException anotherNodeWasFirst) {
            Files.deleteIfExists(temporary);
            return false;
        }
    }
}
