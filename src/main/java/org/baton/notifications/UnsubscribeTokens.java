package org.baton.notifications;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.Hmac;
import org.baton.shared.OrganizationId;

/**
 * The token in an unsubscribe link: the organization, person and kind, and an HMAC-SHA256 over them with a key only
 * the server holds, so that a link turns off exactly one kind for exactly one person, without signing in, and cannot
 * be made up for someone else.
 */
final class UnsubscribeTokens {

    private static final int LONGEST = 400;
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();

    private final byte[] key;

    UnsubscribeTokens(byte[] key) {
        this.key = key.clone();
    }

    String sign(Unsubscription what) {
        String payload = what.organizationId().value() + ":" + what.personId().value() + ":" + what.kind();
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        return ENCODE.encodeToString(bytes) + "." + ENCODE.encodeToString(mac(bytes));
    }

    /** What the token stands for, when it is one this server signed; else nothing. */
    Optional<Unsubscription> verify(String token) {
        if (token == null || token.length() > LONGEST) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 1) {
            return Optional.empty();
        }
        try {
            byte[] payload = Base64.getUrlDecoder().decode(token.substring(0, dot));
            byte[] given = Base64.getUrlDecoder().decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(mac(payload), given)) {
                return Optional.empty();
            }
            String[] parts = new String(payload, StandardCharsets.UTF_8).split(":", 3);
            return Optional.of(new Unsubscription(
                    new OrganizationId(UUID.fromString(parts[0])), new PersonId(UUID.fromString(parts[1])), parts[2]));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(byte[] payload) {
        return Hmac.sha256(key, payload);
    }
}
