package org.baton.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The browser's waits against pages that navigate while they are read, served by a tiny HTTP server (no
 * Spring): a page that moves itself on to the next page every few milliseconds, a form that moves on when
 * submitted, and a link that appears a moment after its page.
 */
@ExtendWith(SharedBrowser.class)
class BrowserWaitsInBrowserTests {

    private static final int PAGES = 40;

    private final AtomicInteger sent = new AtomicInteger();
    private HttpServer server;
    private Browser browser;

    @BeforeEach
    void serve(Browser shared) throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/moving", exchange -> {
            int page = Integer.parseInt(exchange.getRequestURI().getQuery().substring("page=".length()));
            respond(
                    exchange,
                    page < PAGES
                            ? "<main><h1>Page " + page + "</h1><p id=where>on the way</p>"
                                    + "<button>A button on page " + page + "</button></main>"
                                    + "<script>setTimeout(() => location.href = '/moving?page=" + (page + 1)
                                    + "', 5)</script>"
                            : "<main><h1>Arrived</h1><p id=where>arrived after " + PAGES + " pages</p></main>");
        });
        server.createContext(
                "/form",
                exchange -> respond(
                        exchange,
                        "<main><h1>First</h1><p id=where>before sending</p>"
                                + "<form action=/sent><input id=note name=note><button>Send</button></form></main>"));
        server.createContext(
                "/late",
                exchange -> respond(
                        exchange,
                        "<main><h1>Late</h1></main><script>setTimeout(() => document.querySelector('main')"
                                + ".insertAdjacentHTML('beforeend', '<a href=/sent?note=late>Go on</a>'), 300)</script>"));
        server.createContext("/sent", exchange -> {
            sent.incrementAndGet();
            respond(
                    exchange,
                    "<main><h1>Sent</h1><p id=where>" + exchange.getRequestURI().getQuery() + "</p></main>");
        });
        server.start();
        browser = shared.at(server.getAddress().getPort());
    }

    @AfterEach
    void stopServing() {
        server.stop(0);
    }

    @Test
    void waitingForTextSurvivesPagesThatNavigateWhileTheyAreRead() {
        browser.open("/moving?page=0").waitForText("arrived after " + PAGES + " pages");

        assertThat(browser.text(By.id("where"))).isEqualTo("arrived after " + PAGES + " pages");
    }

    @Test
    void readingTextAndAttributesWhilePagesNavigateReadsTheCurrentPage() {
        browser.open("/moving?page=0");
        while (!browser.text(By.tagName("h1")).equals("Arrived")) {
            assertThat(browser.text(By.id("where"))).isIn("on the way", "arrived after " + PAGES + " pages");
            assertThat(browser.count(By.tagName("main"))).isEqualTo(1);
        }
        assertThat(browser.path()).isEqualTo("/moving?page=" + PAGES);
    }

    @Test
    void aClickThatSubmitsAFormReturnsOnceTheNextPageHasLoaded() {
        browser.open("/form").type(By.id("note"), "hello").press("Send");

        assertThat(browser.text(By.id("where"))).isEqualTo("note=hello");
        assertThat(browser.path()).isEqualTo("/sent?note=hello");
        assertThat(sent).hasValue(1);
    }

    @Test
    void aClickWaitsForItsElementToAppearAndClicksItOnce() {
        browser.open("/late").click(By.linkText("Go on"));

        assertThat(browser.text(By.id("where"))).isEqualTo("note=late");
        assertThat(sent).hasValue(1);
    }

    @Test
    void aClickThatStaysOnThePageReturnsStraightAway() {
        browser.open("/moving?page=" + PAGES).click(By.tagName("h1"));

        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Arrived");
    }

    private static void respond(com.sun.net.httpserver.HttpExchange exchange, String body) throws IOException {
        byte[] bytes = ("<!doctype html><html lang=en><title>Waits</title><body>" + body + "</body></html>")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
