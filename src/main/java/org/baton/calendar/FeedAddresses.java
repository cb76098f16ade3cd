package org.baton.calendar;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The addresses a calendar feed hands out (its own, and its events' links), starting with the site's public
 * address ({@code BATON_PUBLIC_URL}) when that is set, so that a Baton behind a proxy never hands out its backend
 * address; else with the address the request came to, which the adapters pass in.
 */
@Component
public class FeedAddresses {

    private final String publicUrl;

    FeedAddresses(@Value("${baton.public-url:}") String publicUrl) {
        this.publicUrl = publicUrl == null ? "" : publicUrl.strip().replaceAll("/+$", "");
    }

    /** Where the site is, for links; {@code requestBase} is the site as the request reached it. */
    public String site(String requestBase) {
        return publicUrl.isEmpty() ? requestBase.replaceAll("/+$", "") : publicUrl;
    }

    /** The address of the feed whose secret is {@code secret}, to subscribe to in a calendar app. */
    public String feed(String secret, String requestBase) {
        return site(requestBase) + "/calendar/" + secret + ".ics";
    }
}
