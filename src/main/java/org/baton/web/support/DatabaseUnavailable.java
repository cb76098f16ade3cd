package org.baton.web.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database cannot be reached, every request that needs it is answered at once with 503 and
 * {@code Retry-After}, wherever it failed: in sign-in, in a token check or in a page. Nothing was changed; the
 * connection pool reconnects by itself once PostgreSQL is back.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailable extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!unreachable(e) || response.isCommitted()) {
                throw e;
            }
            response.setHeader(HttpHeaders.RETRY_AFTER, "5");
            EarlyRefusal.write(
                    request,
                    response,
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "Unavailable",
                    "Baton cannot reach its database just now. Nothing was changed; try again in a few seconds.");
        }
    }

    static boolean unreachable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
