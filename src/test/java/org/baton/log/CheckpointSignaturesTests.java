package org.baton.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Checkpoints are signed with the key pair derived from the log key and checked with the public key alone. */
class CheckpointSignaturesTests {

    static final UUID ORGANIZATION = UUID.fromString("00000000-0000-0000-0000-0000000000f1");
    static final Instant AT = Instant.parse("2026-11-02T09:00:00.123456Z");

    final CheckpointSignatures signatures = new CheckpointSignatures(LogKey.fromBase64(LogKeyTests.KEY));
    final Checkpoint signed = signatures.sign(ORGANIZATION, 12, "c".repeat(64), AT);

    @Test
    void aSignedCheckpointVerifiesUnderThePublicKey() {
        assertThat(CheckpointSignatures.verifies(signatures.publicKey(), signed))
                .isTrue();
    }

    @Test
    void aCheckpointChangedAfterSigningDoesNotVerify() {
        var otherHash = new Checkpoint(ORGANIZATION, 12, "d".repeat(64), AT, signed.signature());
        var otherSequence = new Checkpoint(ORGANIZATION, 13, signed.hash(), AT, signed.signature());
        var otherTime = new Checkpoint(ORGANIZATION, 12, signed.hash(), AT.plusSeconds(1), signed.signature());
        var otherOrganization = new Checkpoint(UUID.randomUUID(), 12, signed.hash(), AT, signed.signature());

        assertThat(CheckpointSignatures.verifies(signatures.publicKey(), otherHash))
                .isFalse();
        assertThat(CheckpointSignatures.verifies(signatures.publicKey(), otherSequence))
                .isFalse();
        assertThat(CheckpointSignatures.verifies(signatures.publicKey(), otherTime))
                .isFalse();
        assertThat(CheckpointSignatures.verifies(signatures.publicKey(), otherOrganization))
                .isFalse();
    }

    @Test
    void aCheckpointSignedWithAnotherLogKeyDoesNotVerify() {
        var other = new CheckpointSignatures(LogKey.fromBase64(LogKeyTests.OTHER_KEY));

        assertThat(CheckpointSignatures.verifies(other.publicKey(), signed)).isFalse();
        assertThat(other.publicKey()).isNotEqualTo(signatures.publicKey());
    }

    @Test
    void theSamePublicKeyComesFromTheSameLogKey() {
        assertThat(new CheckpointSignatures(LogKey.fromBase64(LogKeyTests.KEY)).publicKey())
                .isEqualTo(signatures.publicKey());
    }

    @Test
    void malformedKeysAndSignaturesDoNotVerifyRatherThanFail() {
        var unsigned = new Checkpoint(ORGANIZATION, 12, signed.hash(), AT, null);
        var garbled = new Checkpoint(ORGANIZATION, 12, signed.hash(), AT, "!!not base64!!");

        assertThat(CheckpointSignatures.verifies("!!not a key!!", signed)).isFalse();
        assertThat(CheckpointSignatures.verifies(null, signed)).isFalse();
        assertThat(CheckpointSignatures.verifies(signatures.publicKey(), unsigned))
                .isFalse();
        assertThat(CheckpointSignatures.verifies(signatures.publicKey(), garbled))
                .isFalse();
    }

    @Test
    void signsTheTimeAsTheIsoTextAnExportCarries() {
        assertThat(signed.signedText())
                .isEqualTo("baton-checkpoint-v1\n" + ORGANIZATION + "\n12\n" + "c".repeat(64)
                        + "\n2026-11-02T09:00:00.123456Z\n");
    }
}
