package org.baton.log;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.NamedParameterSpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.baton.shared.Hmac;
import org.baton.shared.SecretFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The secret the log's hashes are keyed with, kept outside the database: given as base64 of at least 32 random
 * bytes, or read from a file that Baton generates with owner-only permissions. Everything else the log needs is
 * derived from it: entry MACs, a fingerprint that names the key without revealing it, and the Ed25519 key pair
 * checkpoints are signed with. It never prints itself.
 */
final class LogKey {

    static final int MIN_BYTES = 32;

    private static final Logger LOG = LoggerFactory.getLogger(LogKey.class);

    private final byte[] secret;
    private final String fingerprint;

    private LogKey(byte[] secret) {
        if (secret.length < MIN_BYTES) {
            throw new LogKeyRefused(
                    "The log key is too short: it has " + secret.length + " bytes, and must have at least " + MIN_BYTES
                            + " random bytes.",
                    "Set BATON_LOG_KEY to base64 of at least 32 random bytes (e.g. `openssl rand -base64 32`), or"
                            + " unset it to use the key file Baton generates in BATON_DATA_DIR.");
        }
        this.secret = secret.clone();
        this.fingerprint = HexFormat.of().formatHex(Arrays.copyOf(mac(label("baton-log-key-id")), 8));
    }

    /** A key given as base64 text (BATON_LOG_KEY); refused when shorter than 32 bytes or not base64. */
    static LogKey fromBase64(String text) {
        try {
            return new LogKey(Base64.getDecoder().decode(text.strip()));
        } catch (IllegalArgumentException notBase64) {
            throw new LogKeyRefused(
                    "The log key is not valid base64.",
                    "Set BATON_LOG_KEY to base64 of at least 32 random bytes (e.g. `openssl rand -base64 32`).");
        }
    }

    /** Reads the key file, or generates it (32 bytes from SecureRandom, owner-only) when it does not exist yet. */
    static LogKey fromFile(Path file, boolean createIfMissing) {
        try {
            if (Files.notExists(file)) {
                if (!createIfMissing) {
                    throw new LogKeyRefused(
                            "No log key: " + file.toAbsolutePath() + " does not exist and BATON_LOG_KEY is not set.",
                            "Give the key the chains were written with: BATON_LOG_KEY, or BATON_DATA_DIR (or"
                                    + " BATON_LOG_KEY_FILE) pointing at the directory of its log.key.");
                }
                if (SecretFiles.createIfMissing(file)) {
                    LOG.info(
                            "Generated a new log key in {}: back it up apart from the database", file.toAbsolutePath());
                }
            }
            warnWhenOthersCanRead(file);
            return fromBase64(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the log key file " + file.toAbsolutePath(), e);
        }
    }

    private static void warnWhenOthersCanRead(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            var permissions = Files.getPosixFilePermissions(file);
            if (!SecretFiles.OWNER_ONLY.containsAll(permissions)) {
                LOG.warn(
                        "The log key file {} is {}: only its owner should read it (chmod 600)",
                        file.toAbsolutePath(),
                        PosixFilePermissions.toString(permissions));
            }
        }
    }

    /** HMAC-SHA-256 of the input under this key. */
    byte[] mac(byte[] input) {
        return Hmac.sha256(secret, input);
    }

    /** Names the key without revealing it: the first 8 bytes of HMAC(key, "baton-log-key-id"), in hex. */
    String fingerprint() {
        return fingerprint;
    }

    /** The Ed25519 key pair checkpoints are signed with, seeded by HMAC(key, "baton-checkpoint-signing"). */
    KeyPair signingKeys() {
        byte[] seed = mac(label("baton-checkpoint-signing"));
        try {
            var generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, new Seeded(seed));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] label(String label) {
        return label.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "LogKey[" + fingerprint() + "]";
    }

    /** Hands the generator the seed as its "random" private key, so the same key gives the same pair. */
    private static final class Seeded extends SecureRandom {

        private final byte[] seed;

        Seeded(byte[] seed) {
            this.seed = seed;
        }

        @Override
        public void nextBytes(byte[] bytes) {
            if (bytes.length != seed.length) {
                throw new IllegalStateException("Ed25519 asked for " + bytes.length + " bytes of seed");
            }
            System.arraycopy(seed, 0, bytes, 0, bytes.length);
        }
    }
}
