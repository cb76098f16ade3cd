package org.baton.accounts;

import org.baton.shared.SiteAddress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The link an invited person opens, on the site's public address ({@link SiteAddress}). */
@Component
public class InvitationLinks {

    private final SiteAddress site;

    InvitationLinks(@Value("${baton.public-url:}") String publicUrl) {
        this.site = new SiteAddress(publicUrl);
    }

    /** The link to accept the invitation {@code secret}; {@code requestBase} is the site as the request reached it. */
    public String linkTo(String secret, String requestBase) {
        return site.base(requestBase) + "/invitations/" + secret;
    }
}
