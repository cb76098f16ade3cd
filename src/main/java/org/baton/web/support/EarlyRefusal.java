package org.baton.web.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * A refusal written by a servlet filter, before any controller or exception handler is reached: problem+json
 * on the API, plain text elsewhere. {@code detail} is Baton's own sentence; only quotes and backslashes are
 * escaped.
 */
final class EarlyRefusal {

    private EarlyRefusal() {}

    static void write(
            HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title, String detail)
            throws IOException {
        response.resetBuffer();
        response.setStatus(status.value());
        response.setCharacterEncoding("UTF-8");
        if (request.getRequestURI().startsWith("/api/")) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write(problem(status, title, detail));
        } else {
            response.setContentType(MediaType.TEXT_PLAIN_VALUE);
            response.getWriter().write(detail);
        }
    }

    /** The problem details of a refusal, as JSON. */
    static String problem(HttpStatus status, String title, String detail) {
        return "{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":" + status.value()
                + ",\"detail\":\"" + json(detail) + "\"}";
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
