package org.baton.notifications;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.baton.shared.SecretFiles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The secret unsubscribe links are signed with, kept outside the repository and the database: {@code
 * BATON_MAIL_SECRET} when given, else a key file in the data directory that Baton writes (owner-only) on first use.
 * Changing it makes the unsubscribe links of mail already sent stop working; nothing else.
 */
@Component
class MailKey {

    private final String secret;
    private final Path file;
    private volatile byte[] key;

    MailKey(@Value("${baton.mail.secret:}") String secret, @Value("${baton.mail.secret-file:}") String file) {
        this.secret = secret == null ? "" : secret;
        this.file = file == null || file.isBlank() ? null : Path.of(file);
    }

    byte[] bytes() {
        if (key == null) {
            key = load();
        }
        return key;
    }

    private byte[] load() {
        if (!secret.isBlank()) {
            return sha256(secret);
        }
        if (file == null) {
            throw new IllegalStateException("Set BATON_MAIL_SECRET or baton.mail.secret-file");
        }
        try {
            SecretFiles.createIfMissing(file);
            return sha256(Files.readString(file).strip());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read or write the mail key " + file, e);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
