package org.baton.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.InternalAuthenticationServiceException;

class DatabaseUnavailableTests {

    DatabaseUnavailable filter = new DatabaseUnavailable();

    @Test
    void aRequestThatCouldNotReachTheDatabaseIsAnswered503WithARetryHint() throws Exception {
        var request = new MockHttpServletRequest("GET", "/api/v1/people");
        request.setRequestURI("/api/v1/people");
        var response = new MockHttpServletResponse();

        filter.doFilter(
                request,
                response,
                failingWith(new ServletException(new InternalAuthenticationServiceException(
                        "lookup failed", new CannotGetJdbcConnectionException("timed out")))));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("Nothing was changed");
    }

    @Test
    void otherFailuresPassThrough() {
        var request = new MockHttpServletRequest("GET", "/people");
        request.setRequestURI("/people");

        assertThatThrownBy(() -> filter.doFilter(
                        request, new MockHttpServletResponse(), failingWith(new IllegalStateException("a bug"))))
                .isInstanceOf(IllegalStateException.class);
    }

    private static MockFilterChain failingWith(Exception failure) {
        return new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse response)
                    throws java.io.IOException, ServletException {
                if (failure instanceof ServletException servlet) {
                    throw servlet;
                }
                throw (RuntimeException) failure;
            }
        };
    }
}
