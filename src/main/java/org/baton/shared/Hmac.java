package org.baton.shared;

import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA-256, the one way Baton signs with a secret key (log hashes, mail links, reply addresses). */
public final class Hmac {

    private Hmac() {}

    /** HMAC-SHA-256 under {@code key} of the {@code parts}, in order, as if they were one input. */
    public static byte[] sha256(byte[] key, byte[]... parts) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            for (byte[] part : parts) {
                mac.update(part);
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
