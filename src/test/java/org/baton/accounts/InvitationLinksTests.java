package org.baton.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class InvitationLinksTests {

    @AfterEach
    void forgetTheRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aPublicAddressWinsOverTheBackendAddressOfTheRequest() {
        onRequestTo("10.0.0.7", 8080);

        assertThat(new InvitationLinks("https://baton.example.org/").linkTo("s3cret"))
                .isEqualTo("https://baton.example.org/invitations/s3cret");
    }

    @Test
    void withoutAPublicAddressTheRequestsOwnIsUsed() {
        onRequestTo("baton.local", 8080);

        assertThat(new InvitationLinks("").linkTo("s3cret")).isEqualTo("http://baton.local:8080/invitations/s3cret");
    }

    @Test
    void aPublicAddressMustBeAbsolute() {
        assertThatThrownBy(() -> new InvitationLinks("baton.example.org")).isInstanceOf(IllegalArgumentException.class);
    }

    private static void onRequestTo(String host, int port) {
        var request = new MockHttpServletRequest();
        request.setServerName(host);
        request.setServerPort(port);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }
}
