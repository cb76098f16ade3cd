package org.baton.accounts;

import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The link an invited person opens. Built from the site's public address ({@code BATON_PUBLIC_URL}) when it
 * is set, so that a Baton behind a proxy never hands out its backend address; else from the request at hand.
 */
@Component
public class InvitationLinks {

    private final String publicUrl;

    InvitationLinks(@Value("${baton.public-url:}") String publicUrl) {
        this.publicUrl = publicUrl == null ? "" : publicUrl.strip();
        if (!this.publicUrl.isEmpty()) {
            var uri = URI.create(this.publicUrl);
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new IllegalArgumentException(
                        "BATON_PUBLIC_URL must be an absolute address such as https://baton.example.org");
            }
        }
    }

    public String linkTo(String secret) {
        var base = publicUrl.isEmpty()
                ? ServletUriComponentsBuilder.fromCurrentContextPath()
                : UriComponentsBuilder.fromUriString(publicUrl.replaceAll("/+$", ""));
        return base.path("/invitations/{secret}").buildAndExpand(secret).toUriString();
    }
}
