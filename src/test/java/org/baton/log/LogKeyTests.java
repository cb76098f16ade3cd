package org.baton.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/** Where the log key comes from, and what is derived from it. */
class LogKeyTests {

    static final String KEY = Base64.getEncoder().encodeToString("a key of thirty-two bytes, ok ok".getBytes());
    static final String OTHER_KEY = Base64.getEncoder().encodeToString("another key of 32 bytes, okay!!!".getBytes());

    @TempDir
    Path dataDir;

    @Test
    void refusesAKeyShorterThanThirtyTwoBytesSayingHowLongItMustBe() {
        String short31 = Base64.getEncoder().encodeToString(new byte[31]);

        assertThatThrownBy(() -> LogKey.fromBase64(short31))
                .isInstanceOf(LogKeyRefused.class)
                .hasMessageContaining("at least 32")
                .hasMessageContaining("has 31 bytes");
    }

    @Test
    void refusesAKeyThatIsNotBase64() {
        assertThatThrownBy(() -> LogKey.fromBase64("not base64 at all!")).hasMessageContaining("not valid base64");
    }

    @Test
    void acceptsThirtyTwoBytesAndIgnoresSurroundingWhitespace() {
        assertThat(LogKey.fromBase64(" " + KEY + "\n").fingerprint())
                .isEqualTo(LogKey.fromBase64(KEY).fingerprint());
    }

    @Test
    void generatesAKeyFileOnlyItsOwnerMayReadOnFirstStart() throws Exception {
        Path file = dataDir.resolve("nested").resolve("log.key");

        var key = LogKey.fromFile(file, true);

        assertThat(file).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(32);
        assertThat(LogKey.fromFile(file, true).fingerprint()).isEqualTo(key.fingerprint());
    }

    @Test
    void generatesADifferentKeyForEachDataDirectory() {
        var one = LogKey.fromFile(dataDir.resolve("one/log.key"), true);
        var two = LogKey.fromFile(dataDir.resolve("two/log.key"), true);

        assertThat(one.fingerprint()).isNotEqualTo(two.fingerprint());
    }

    @Test
    void readsAKeyFileThatAlreadyExists() throws Exception {
        Path file = dataDir.resolve("log.key");
        Files.writeString(file, KEY + "\n");

        assertThat(LogKey.fromFile(file, true).fingerprint())
                .isEqualTo(LogKey.fromBase64(KEY).fingerprint());
    }

    @Test
    void doesNotInventAKeyWhenOnlyReadingOne() {
        Path file = dataDir.resolve("log.key");

        assertThatThrownBy(() -> LogKey.fromFile(file, false))
                .hasMessageContaining("No log key")
                .hasMessageContaining("BATON_LOG_KEY");
        assertThat(file).doesNotExist();
    }

    @Test
    void refusesAKeyFileWithTooShortAKey() throws Exception {
        Path file = dataDir.resolve("log.key");
        Files.writeString(file, Base64.getEncoder().encodeToString(new byte[16]));

        assertThatThrownBy(() -> LogKey.fromFile(file, true)).hasMessageContaining("at least 32");
    }

    @Test
    void namesTheKeyByAFingerprintThatDiffersPerKeyAndDoesNotRevealIt() {
        var key = LogKey.fromBase64(KEY);

        assertThat(key.fingerprint()).matches("[0-9a-f]{16}");
        assertThat(key.fingerprint()).isNotEqualTo(LogKey.fromBase64(OTHER_KEY).fingerprint());
        assertThat(key.toString()).doesNotContain(KEY).contains(key.fingerprint());
    }

    @Test
    void derivesTheSameSigningKeysFromTheSameLogKey() {
        assertThat(LogKey.fromBase64(KEY).signingKeys().getPublic().getEncoded())
                .isEqualTo(LogKey.fromBase64(KEY).signingKeys().getPublic().getEncoded())
                .isNotEqualTo(
                        LogKey.fromBase64(OTHER_KEY).signingKeys().getPublic().getEncoded());
    }

    @Test
    void startsWithAPlainMessageAndWhatToDoWhenTheKeyIsRefused() throws Exception {
        var refused = catchThrowableOfType(
                LogKeyRefused.class, () -> LogKey.fromBase64(Base64.getEncoder().encodeToString(new byte[8])));

        var analysis = new LogKeyFailureAnalyzer().analyze(new IllegalStateException("wrapped", refused));

        assertThat(analysis.getDescription()).contains("too short").contains("8 bytes");
        assertThat(analysis.getAction()).contains("BATON_LOG_KEY").contains("openssl rand -base64 32");
        assertThat(Files.readString(Path.of("src/main/resources/META-INF/spring.factories")))
                .contains(FailureAnalyzer.class.getName())
                .contains(LogKeyFailureAnalyzer.class.getName());
    }

    @Test
    void theGivenKeyWinsOverTheKeyFile() {
        var properties = new LogKeyProperties(KEY, dataDir.resolve("log.key"));

        assertThat(new LogKeyConfiguration().logKey(properties, "").fingerprint())
                .isEqualTo(LogKey.fromBase64(KEY).fingerprint());
        assertThat(dataDir.resolve("log.key")).doesNotExist();
    }

    @Test
    void aCommandOnlyReadsTheKeyFileWhileAStartGeneratesIt() {
        var properties = new LogKeyProperties("", dataDir.resolve("log.key"));

        assertThatThrownBy(() -> new LogKeyConfiguration().logKey(properties, "verify-log"))
                .isInstanceOf(LogKeyRefused.class);
        assertThat(new LogKeyConfiguration().logKey(properties, "").fingerprint())
                .isEqualTo(new LogKeyConfiguration()
                        .logKey(properties, "verify-log")
                        .fingerprint());
    }

    @Test
    void theConfigurationNeverPrintsTheKey() {
        var properties = new LogKeyProperties(KEY, dataDir.resolve("log.key"));

        assertThat(properties.toString()).doesNotContain(KEY).contains("key=given");
        assertThat(LogKey.fromBase64(KEY).toString()).doesNotContain(KEY);
    }
}
