package org.baton.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InvitationLinksTests {

    @Test
    void aPublicAddressWinsOverTheBackendAddressTheRequestCameTo() {
        assertThat(new InvitationLinks("https://baton.example.org/").linkTo("s3cret", "http://10.0.0.7:8080"))
                .isEqualTo("https://baton.example.org/invitations/s3cret");
    }

    @Test
    void withoutAPublicAddressTheRequestsOwnIsUsed() {
        assertThat(new InvitationLinks("").linkTo("s3cret", "http://baton.local:8080/"))
                .isEqualTo("http://baton.local:8080/invitations/s3cret");
    }

    @Test
    void aPublicAddressMustBeAbsolute() {
        assertThatThrownBy(() -> new InvitationLinks("baton.example.org")).isInstanceOf(IllegalArgumentException.class);
    }
}
