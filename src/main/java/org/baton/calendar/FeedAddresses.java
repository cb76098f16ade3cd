package org.baton.calendar;

import org.baton.shared.SiteAddress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The addresses a calendar feed hands out (its own, and its events' links), on the site's {@link SiteAddress}. */
@Component
public class FeedAddresses {

    private final SiteAddress site;

    FeedAddresses(@Value("${baton.public-url:}") String publicUrl) {
        this.site = new SiteAddress(publicUrl);
    }

    /** Where the site is, for links; {@code requestBase} is the site as the request reached it. */
    public String site(String requestBase) {
        return site.base(requestBase);
    }

    /** The address of the feed whose secret is {@code secret}, to subscribe to in a calendar app. */
    public String feed(String secret, String requestBase) {
        return site(requestBase) + "/calendar/" + secret + ".ics";
    }
}
