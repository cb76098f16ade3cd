package org.baton.notifications;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.Hmac;
import org.baton.shared.OrganizationId;

/**
 * The token in a reply address ({@code <local>+<token>@<domain>}): the organization, person and subject as raw
 * bytes, the kind as one byte, and the first 12 bytes of an HMAC-SHA256 over them with the mail key, in URL-safe
 * Base64 (letters, digits, {@code -} and {@code _}: all allowed in an address's local part). It cannot be made up,
 * nor changed to stand for another person, subject or kind.
 */
final class ReplyTokens {

    private static final int PAYLOAD = 16 * 3 + 1;
    private static final int MAC = 12;
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();

    private final byte[] key;

    ReplyTokens(byte[] key) {
        this.key = key.clone();
    }

    String sign(ReplyTo what) {
        var payload = ByteBuffer.allocate(PAYLOAD + MAC);
        put(payload, what.organizationId().value());
        put(payload, what.personId().value());
        put(payload, what.subjectId());
        payload.put((byte) what.kind().ordinal());
        payload.put(mac(Arrays.copyOf(payload.array(), PAYLOAD)));
        return ENCODE.encodeToString(payload.array());
    }

    /** What the token stands for, when this server signed it; else nothing. */
    Optional<ReplyTo> verify(String token) {
        if (token == null || token.length() > 120) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (bytes.length != PAYLOAD + MAC) {
            return Optional.empty();
        }
        byte[] payload = Arrays.copyOf(bytes, PAYLOAD);
        if (!MessageDigest.isEqual(mac(payload), Arrays.copyOfRange(bytes, PAYLOAD, PAYLOAD + MAC))) {
            return Optional.empty();
        }
        var buffer = ByteBuffer.wrap(payload);
        var org = new OrganizationId(uuid(buffer));
        var person = new PersonId(uuid(buffer));
        var subject = uuid(buffer);
        int kind = buffer.get();
        var kinds = ReplyTo.Kind.values();
        if (kind < 0 || kind >= kinds.length) {
            return Optional.empty();
        }
        return Optional.of(new ReplyTo(org, person, kinds[kind], subject));
    }

    private static void put(ByteBuffer buffer, UUID id) {
        buffer.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
    }

    private static UUID uuid(ByteBuffer buffer) {
        return new UUID(buffer.getLong(), buffer.getLong());
    }

    private byte[] mac(byte[] payload) {
        return Arrays.copyOf(Hmac.sha256(key, "reply:".getBytes(StandardCharsets.US_ASCII), payload), MAC);
    }
}
