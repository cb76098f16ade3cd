package org.baton.log;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * A signed statement that an organization's chain had reached {@code sequence} with head {@code hash} at
 * {@code at}. The signature (Ed25519, base64) covers {@link #signedText()}, so anyone with the public key can check
 * it without the log key; kept elsewhere, it shows whether the chain was rewritten since.
 */
public record Checkpoint(UUID organizationId, long sequence, String hash, Instant at, String signature) {

    /** What the signature covers: one line per field, the time in ISO-8601 UTC. */
    public String signedText() {
        return "baton-checkpoint-v1\n" + organizationId + "\n" + sequence + "\n" + hash + "\n" + at + "\n";
    }

    byte[] signedBytes() {
        return signedText().getBytes(StandardCharsets.UTF_8);
    }
}
