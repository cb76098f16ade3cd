package org.baton.web.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import org.baton.shared.PlainText;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Query and form parameters are {@link PlainText}: a request carrying a control character in any of them is
 * answered 400 before anything reads it (as problem+json on the API), and so is one whose parameters cannot be
 * decoded at all.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class PlainTextParameters extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (IllegalStateException unreadable) {
            // The server could not decode them (e.g. invalid UTF-8 after percent-decoding).
            EarlyRefusal.write(
                    request,
                    response,
                    HttpStatus.BAD_REQUEST,
                    "Malformed request",
                    "The query or form parameters cannot be read: they are not valid UTF-8 text.");
            return;
        }
        String refused = parameters.entrySet().stream()
                .filter(parameter -> !PlainText.isPlain(parameter.getKey())
                        || Arrays.stream(parameter.getValue()).anyMatch(value -> !PlainText.isPlain(value)))
                .map(parameter -> PlainText.isPlain(parameter.getKey()) ? parameter.getKey() : "?")
                .findFirst()
                .orElse(null);
        if (refused == null) {
            chain.doFilter(request, response);
            return;
        }
        EarlyRefusal.write(
                request,
                response,
                HttpStatus.BAD_REQUEST,
                "Malformed request",
                "'" + refused + "' contains a control character.");
    }
}
