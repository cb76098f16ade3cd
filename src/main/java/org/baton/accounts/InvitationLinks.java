package org.baton.accounts;

import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The link an invited person opens. It starts with the site's public address ({@code BATON_PUBLIC_URL}) when
 * that is set, so that a Baton behind a proxy never hands out its backend address; else with the address the
 * request came to, which the adapters pass in.
 */
@Component
public class InvitationLinks {

    private final String publicUrl;

    InvitationLinks(@Value("${baton.public-url:}") String publicUrl) {
        String given = publicUrl == null ? "" : publicUrl.strip().replaceAll("/+$", "");
        if (!given.isEmpty()) {
            var uri = URI.create(given);
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new IllegalArgumentException(
                        "BATON_PUBLIC_URL must be an absolute address such as https://baton.example.org");
            }
        }
        this.publicUrl = given;
    }

    /** The link to accept the invitation {@code secret}; {@code requestBase} is the site as the request reached it. */
    public String linkTo(String secret, String requestBase) {
        String base = publicUrl.isEmpty() ? requestBase.replaceAll("/+$", "") : publicUrl;
        return base + "/invitations/" + secret;
    }
}
