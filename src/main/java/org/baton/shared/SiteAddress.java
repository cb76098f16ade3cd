package org.baton.shared;

import java.net.URI;

/**
 * Where people reach this Baton, for the links it hands out (invitations, mails, calendar feeds): the site's public
 * address ({@code BATON_PUBLIC_URL}) when one is set, so that a Baton behind a proxy never hands out its backend
 * address; else the address a request came to.
 */
public final class SiteAddress {

    private final String configured;

    /** {@code publicUrl} may be empty (none set); otherwise it must be absolute, such as https://baton.example.org. */
    public SiteAddress(String publicUrl) {
        String given = withoutTrailingSlashes(publicUrl == null ? "" : publicUrl.strip());
        if (!given.isEmpty()) {
            var uri = URI.create(given);
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new IllegalArgumentException(
                        "BATON_PUBLIC_URL must be an absolute address such as https://baton.example.org");
            }
        }
        this.configured = given;
    }

    /** The site's address, without a trailing slash; {@code requestBase} is the site as a request reached it. */
    public String base(String requestBase) {
        return configured.isEmpty() ? withoutTrailingSlashes(requestBase) : configured;
    }

    private static String withoutTrailingSlashes(String address) {
        return address.replaceAll("/+$", "");
    }
}
