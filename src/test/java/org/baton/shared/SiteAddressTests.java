package org.baton.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SiteAddressTests {

    @Test
    void aPublicAddressWinsOverTheBackendAddressTheRequestCameTo() {
        assertThat(new SiteAddress("https://baton.example.org/").base("http://10.0.0.7:8080"))
                .isEqualTo("https://baton.example.org");
    }

    @Test
    void withoutAPublicAddressTheRequestsOwnIsUsed() {
        assertThat(new SiteAddress("").base("http://baton.local:8080/")).isEqualTo("http://baton.local:8080");
        assertThat(new SiteAddress(null).base("http://baton.local:8080")).isEqualTo("http://baton.local:8080");
    }

    @Test
    void aPublicAddressMustBeAbsolute() {
        assertThatThrownBy(() -> new SiteAddress("baton.example.org")).isInstanceOf(IllegalArgumentException.class);
    }
}
