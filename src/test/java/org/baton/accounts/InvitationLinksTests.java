package org.baton.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InvitationLinksTests {

    @Test
    void aPublicAddressWinsOverTheBackendAddressTheRequestCameTo() {
        assertThat(new InvitationLinks("https://baton.example.org/").linkTo("s3cret", "http://10.0.0.7:8080"))
                .isEqualTo("https://baton.example.org/invitations/s3cret");
    }
}
