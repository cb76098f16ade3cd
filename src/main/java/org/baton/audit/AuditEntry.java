package org.baton.audit;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;

/**
 * One security-relevant change in an organization: when, what ({@code kind}), who did it ({@code actor}, none for
 * an anonymous sign-in attempt), whose account it concerns ({@code subject}), from which client address where that
 * matters (else empty), and a few details. An entry is bounded whatever it is given: at most {@value #MAX_DETAILS}
 * details, keys of {@value #MAX_KEY} characters, values and the address cut at {@value #MAX_VALUE}.
 */
public record AuditEntry(
        UUID id,
        OrganizationId organizationId,
        Instant at,
        AuditKind kind,
        PersonId actor,
        PersonId subject,
        String address,
        Map<String, String> details) {

    static final int MAX_DETAILS = 8;
    static final int MAX_KEY = 40;
    static final int MAX_VALUE = 200;

    public AuditEntry {
        if (id == null || organizationId == null || at == null || kind == null) {
            throw new IllegalArgumentException("An audit entry says which organization, when and what.");
        }
        address = cut(address == null ? "" : address.strip(), MAX_VALUE);
        details = bounded(details == null ? Map.of() : details);
    }

    private static Map<String, String> bounded(Map<String, String> given) {
        var kept = new LinkedHashMap<String, String>();
        for (var detail : given.entrySet()) {
            if (kept.size() == MAX_DETAILS) {
                break;
            }
            if (detail.getKey() != null && !detail.getKey().isBlank()) {
                kept.put(
                        cut(detail.getKey().strip(), MAX_KEY),
                        cut(detail.getValue() == null ? "" : detail.getValue(), MAX_VALUE));
            }
        }
        return Collections.unmodifiableMap(kept);
    }

    /** At most {@code limit} characters, never splitting a surrogate pair, with no control characters. */
    static String cut(String text, int limit) {
        var clean = text.codePoints()
                .filter(c -> !Character.isISOControl(c))
                .limit(limit)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
        return clean.toString();
    }
}
