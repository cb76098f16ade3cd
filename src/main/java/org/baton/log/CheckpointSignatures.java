package org.baton.log;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Signs checkpoints with the Ed25519 key pair derived from the log key, and checks them with a public key alone.
 * The public key travels as base64 of its X.509 encoding.
 */
final class CheckpointSignatures {

    static final String ALGORITHM = "Ed25519";

    private final KeyPair keys;

    CheckpointSignatures(LogKey key) {
        this.keys = key.signingKeys();
    }

    Checkpoint sign(UUID organizationId, long sequence, String hash, Instant at) {
        var unsigned = new Checkpoint(organizationId, sequence, hash, at, null);
        try {
            var signature = Signature.getInstance(ALGORITHM);
            signature.initSign(keys.getPrivate());
            signature.update(unsigned.signedBytes());
            return new Checkpoint(
                    organizationId, sequence, hash, at, Base64.getEncoder().encodeToString(signature.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public key checkpoints are verified with, as base64 of its X.509 encoding. */
    String publicKey() {
        return Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
    }

    /** Whether the checkpoint's signature is valid under the public key (base64 X.509); false for anything malformed. */
    static boolean verifies(String publicKey, Checkpoint checkpoint) {
        if (publicKey == null || checkpoint.signature() == null) {
            return false;
        }
        try {
            PublicKey key = KeyFactory.getInstance(ALGORITHM)
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey)));
            var signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(key);
            signature.update(checkpoint.signedBytes());
            return signature.verify(Base64.getDecoder().decode(checkpoint.signature()));
        } catch (GeneralSecurityException | IllegalArgumentException malformed) {
            return false;
        }
    }
}
