package org.baton;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the packaged {@code target/baton.jar} the way the README says ({@code java -jar}), with its own
 * embedded database in a temporary data directory, and checks that it comes up healthy and serves the
 * sign-in page. Runs in the {@code integration-test} phase, after {@code package}.
 */
class PackagedJarIT {

    private static final Duration STARTUP_DEADLINE = Duration.ofSeconds(120);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    Path dataDir;

    @Test
    void startsFromTheJarAndServesTheSignInPage() throws Exception {
        Path jar = Path.of("target", "baton.jar").toAbsolutePath();
        assertThat(jar).as("run `./mvnw package` first").exists();
        int port = freePort();
        Path output = dataDir.resolve("baton.log");

        var command = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx512m",
                        "-jar",
                        jar.toString())
                .directory(dataDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        var env = command.environment();
        env.put("SERVER_PORT", String.valueOf(port));
        env.put("BATON_DATA_DIR", dataDir.resolve("data").toString());
        env.put("BATON_ADMIN_EMAIL", "admin@jar-test.example");
        env.put("BATON_ADMIN_PASSWORD", "packaged jar password");
        env.put("BATON_ORGANIZATION", "Packaged Jar Test");
        env.remove("BATON_DATABASE_URL");

        Process baton = command.start();
        boolean passed = false;
        try {
            HttpResponse<String> health = awaitHealthy(baton, port);
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body().replace(" ", "")).contains("\"status\":\"UP\"");

            HttpResponse<String> signIn = get(port, "/sign-in");
            assertThat(signIn.statusCode()).as("GET /sign-in").isEqualTo(200);
            passed = true;
        } finally {
            stop(baton);
            if (!passed) {
                System.err.println("---- output of java -jar target/baton.jar ----");
                System.err.println(Files.exists(output) ? Files.readString(output) : "(none)");
                System.err.println("---- end of output ----");
            }
        }
    }

    /** Polls the health endpoint until it answers UP, the process dies, or the deadline passes. */
    private HttpResponse<String> awaitHealthy(Process baton, int port) throws InterruptedException {
        Instant deadline = Instant.now().plus(STARTUP_DEADLINE);
        HttpResponse<String> last = null;
        while (Instant.now().isBefore(deadline)) {
            assertThat(baton.isAlive())
                    .as("baton.jar exited early with code %s", baton.isAlive() ? "" : baton.exitValue())
                    .isTrue();
            try {
                last = get(port, "/actuator/health");
                if (last.statusCode() == 200 && last.body().replace(" ", "").contains("\"status\":\"UP\"")) {
                    return last;
                }
            } catch (IOException notListeningYet) {
                // keep polling
            }
            Thread.sleep(POLL_INTERVAL);
        }
        throw new AssertionError("Baton was not healthy within " + STARTUP_DEADLINE.toSeconds() + " s; last answer: "
                + (last == null ? "none" : last.statusCode() + " " + last.body()));
    }

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Asks Baton to shut down, then makes sure it and its children (the embedded PostgreSQL) are gone. The
     * children are listed first: once the parent has exited they can no longer be found through it.
     */
    private static void stop(Process baton) throws InterruptedException {
        List<ProcessHandle> children = baton.descendants().toList();
        baton.destroy();
        if (!baton.waitFor(20, TimeUnit.SECONDS)) {
            baton.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        for (ProcessHandle child : children) {
            child.destroy();
        }
        for (ProcessHandle child : children) {
            try {
                child.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception stillRunning) {
                child.destroyForcibly();
            }
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
