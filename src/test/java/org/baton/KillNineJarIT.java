package org.baton;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.baton.support.Api;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of the Java process under write load: the packaged jar takes intents from eight writers
 * through the API, is killed with SIGKILL in the middle of it, and is started again on the same data
 * directory (where the embedded PostgreSQL it started is still running, orphaned). Every intent answered 201
 * before the kill must be there after the restart.
 */
class KillNineJarIT {

    private static final Duration STARTUP_DEADLINE = Duration.ofSeconds(120);
    private static final Duration LOAD = Duration.ofSeconds(5);
    private static final int WRITERS = 8;
    private static final String EMAIL = "admin@kill-nine.example";
    private static final String PASSWORD = "kill nine jar password";

    @TempDir
    Path dataDir;

    private final List<Process> started = new ArrayList<>();

    @Test
    void everyIntentAnswered201BeforeTheJvmWasKilledIsThereAfterTheRestart() throws Exception {
        int port = freePort();
        var first = start(port, "first.log");
        awaitHealthy(first, port);
        var api = signIn(port);
        String homeBase = homeBaseLedByTheAdmin(api);

        var acknowledged = new ConcurrentLinkedQueue<String>();
        var writers = write(api, homeBase, acknowledged);
        awaitAtLeast(acknowledged, 50, first);
        Thread.sleep(LOAD.toMillis()); // the load runs for a while; no condition to wait for but time itself
        first.destroyForcibly(); // SIGKILL, mid-write
        first.waitFor();
        for (var writer : writers) {
            writer.join();
        }
        var answeredBeforeTheKill = List.copyOf(acknowledged);

        var second = start(port, "second.log");
        awaitHealthy(second, port);
        api = signIn(port);
        var lost = new ArrayList<String>();
        for (var id : answeredBeforeTheKill) {
            if (api.get("/api/v1/intents/" + id).status() != 200) {
                lost.add(id);
            }
        }
        System.out.printf("kill -9 of the JVM: acknowledged %d, lost %d%n", answeredBeforeTheKill.size(), lost.size());
        assertThat(answeredBeforeTheKill).hasSizeGreaterThanOrEqualTo(50);
        assertThat(lost)
                .as("intents answered 201 and missing after the restart")
                .isEmpty();
    }

    private List<Thread> write(Api api, String homeBase, Queue<String> acknowledged) {
        var next = new AtomicInteger();
        var writers = new ArrayList<Thread>();
        for (int w = 0; w < WRITERS; w++) {
            writers.add(Thread.ofPlatform().start(() -> {
                try {
                    while (true) {
                        var answer = api.post(
                                "/api/v1/intents",
                                Map.of(
                                        "statement",
                                        "I intend to survive kill -9, number " + next.incrementAndGet(),
                                        "homeBaseId",
                                        homeBase));
                        if (answer.status() == 201) {
                            acknowledged.add(answer.json().get("id").asString());
                        }
                    }
                } catch (UncheckedIOException killed) {
                    // Baton went away under this writer: what it acknowledged so far is counted
                }
            }));
        }
        return writers;
    }

    private static Api signIn(int port) {
        var token = Api.at(port).withPassword(EMAIL, PASSWORD).post("/api/v1/tokens", Map.of("name", "kill-nine"));
        assertThat(token.status()).as(token.toString()).isEqualTo(201);
        return Api.at(port).withToken(token.json().get("token").asString());
    }

    private static String homeBaseLedByTheAdmin(Api api) {
        var people = api.get("/api/v1/people").json().get("items");
        String admin = null;
        for (var person : people) {
            if (EMAIL.equals(person.get("email").asString())) {
                admin = person.get("id").asString();
            }
        }
        assertThat(admin).as("the admin among " + people).isNotNull();
        var homeBase = api.post("/api/v1/home-bases", Map.of("name", "Under load", "leaderId", admin));
        assertThat(homeBase.status()).as(homeBase.toString()).isEqualTo(201);
        return homeBase.json().get("id").asString();
    }

    private Process start(int port, String log) throws IOException {
        Path jar = Path.of("target", "baton.jar").toAbsolutePath();
        assertThat(jar).as("run `./mvnw package` first").exists();
        var command = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx512m",
                        "-jar",
                        jar.toString())
                .directory(dataDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve(log).toFile());
        var env = command.environment();
        env.put("SERVER_PORT", String.valueOf(port));
        env.put("BATON_DATA_DIR", dataDir.resolve("data").toString());
        env.put("BATON_ADMIN_EMAIL", EMAIL);
        env.put("BATON_ADMIN_PASSWORD", PASSWORD);
        env.put("BATON_ORGANIZATION", "Kill Nine");
        env.remove("BATON_DATABASE_URL");
        var process = command.start();
        started.add(process);
        return process;
    }

    private void awaitHealthy(Process baton, int port) throws Exception {
        Instant deadline = Instant.now().plus(STARTUP_DEADLINE);
        while (Instant.now().isBefore(deadline)) {
            assertThat(baton.isAlive())
                    .as("baton.jar exited early: %s", output())
                    .isTrue();
            try {
                var health = Api.at(port).get("/actuator/health");
                if (health.status() == 200 && health.body().replace(" ", "").contains("\"status\":\"UP\"")) {
                    return;
                }
            } catch (UncheckedIOException notListeningYet) {
                // keep polling
            }
            Thread.sleep(250); // polling a separate process: there is nothing to wait on
        }
        throw new AssertionError("Baton was not healthy within " + STARTUP_DEADLINE + ": " + output());
    }

    private static void awaitAtLeast(Queue<String> acknowledged, int count, Process baton) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (acknowledged.size() < count) {
            assertThat(Instant.now()).as("%d writes acknowledged", count).isBefore(deadline);
            assertThat(baton.isAlive()).isTrue();
            Thread.sleep(50);
        }
    }

    /** Stops what the test started: the Baton still running, then the PostgreSQL of its data directory. */
    @AfterEach
    void stopEverything() throws Exception {
        for (var baton : started) {
            baton.destroy();
            if (!baton.waitFor(30, TimeUnit.SECONDS)) {
                baton.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        Path pidFile = dataDir.resolve("data").resolve("postgres").resolve("postmaster.pid");
        if (Files.isRegularFile(pidFile)) {
            var pid =
                    Files.readAllLines(pidFile).stream().findFirst().orElse("").strip();
            if (pid.matches("\\d+")) {
                ProcessHandle.of(Long.parseLong(pid))
                        .filter(p -> p.info()
                                .command()
                                .map(c -> c.contains("postgres"))
                                .orElse(false))
                        .ifPresent(server -> {
                            server.destroy();
                            server.onExit().join();
                        });
            }
        }
    }

    private String output() {
        var text = new StringBuilder();
        for (var log : List.of("first.log", "second.log")) {
            try {
                if (Files.exists(dataDir.resolve(log))) {
                    text.append("\n---- ").append(log).append(" ----\n").append(Files.readString(dataDir.resolve(log)));
                }
            } catch (IOException e) {
                text.append(e.getMessage());
            }
        }
        return text.toString();
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
