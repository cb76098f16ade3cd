package org.baton.api.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

class ApiExceptionHandlerTests {

    ApiExceptionHandler handler = new ApiExceptionHandler(new StaticMessageSource());

    @Test
    void aDatabaseThatCannotBeReachedIsAnsweredAsUnavailableWithARetryHint() {
        for (var down : new Exception[] {
            new CannotCreateTransactionException("no connection"), new CannotGetJdbcConnectionException("timed out")
        }) {
            var answer = handler.unavailable(down);

            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
            assertThat(answer.getBody().getDetail()).contains("Nothing was changed");
        }
    }
}
