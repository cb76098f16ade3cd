package org.baton.web.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Requests refused before Baton reads them: an address the server cannot decode (an encoded NUL or slash,
 * invalid UTF-8), which Tomcat refuses, or one the security firewall refuses (an encoded line break). On the
 * API they are answered with problem details like every other refusal, instead of an HTML or bare JSON page.
 */
@Configuration(proxyBeanMethods = false)
class MalformedRequests {

    private static final String DETAIL =
            "Baton cannot read this request: its address has characters or encodings no address may have.";

    @Bean
    RequestRejectedHandler problemDetailsForRejectedRequests() {
        return new RequestRejectedHandler() {
            @Override
            public void handle(
                    HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
                    throws IOException {
                EarlyRefusal.write(request, response, HttpStatus.BAD_REQUEST, "Malformed request", DETAIL);
            }
        };
    }

    /** Ordered last, so its error report replaces the one the server would otherwise add. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemDetailsForUnreadableAddresses() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.setErrorReportValveClass(ApiErrorReport.class.getName());
                host.getPipeline().addValve(new ApiErrorReport());
            }
        });
    }

    /** Tomcat's own error page, written as problem details for the API (and without server details elsewhere). */
    static final class ApiErrorReport extends ErrorReportValve {

        ApiErrorReport() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            String uri = request.getRequestURI();
            int status = response.getStatus();
            if (uri == null || !uri.startsWith("/api/") || status < 400 || response.getContentWritten() > 0) {
                super.report(request, response, throwable);
                return;
            }
            if (!response.setErrorReported()) {
                return;
            }
            var known = HttpStatus.resolve(status);
            try {
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                var writer = response.getReporter();
                if (writer != null) {
                    writer.write(EarlyRefusal.problem(
                            known == null ? HttpStatus.BAD_REQUEST : known,
                            known == null ? "Malformed request" : known.getReasonPhrase(),
                            status == 400 ? DETAIL : "The server refused this request."));
                    response.finishResponse();
                }
            } catch (IOException e) {
                // The client is gone: nothing left to tell it.
            }
        }
    }
}
