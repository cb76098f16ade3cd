package org.baton.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.baton.audit.AccountEvents.ADA;
import static org.baton.audit.AccountEvents.AT;
import static org.baton.audit.AccountEvents.BEA;
import static org.baton.audit.AccountEvents.ORG;
import static org.baton.audit.AccountEvents.TOKEN;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditEntriesTests {

    UUID id = UUID.randomUUID();

    @Test
    void aGrantedAccountNamesTheAdminWhoGaveItTheAccountAndItsRights() {
        var entry = AuditEntries.of(AccountEvents.granted(BEA, ADA, true), id);

        assertThat(entry.kind()).isEqualTo(AuditKind.ACCOUNT_GRANTED);
        assertThat(entry.organizationId()).isEqualTo(ORG);
        assertThat(entry.at()).isEqualTo(AT);
        assertThat(entry.actor()).isEqualTo(ADA);
        assertThat(entry.subject()).isEqualTo(BEA);
        assertThat(entry.details()).containsExactly(Map.entry("admin", "1"));
    }

    @Test
    void adminRightsGivenAndTakenAreTwoKinds() {
        assertThat(AuditEntries.of(AccountEvents.adminRights(BEA, ADA, true), id)
                        .kind())
                .isEqualTo(AuditKind.ADMIN_RIGHTS_GIVEN);
        var taken = AuditEntries.of(AccountEvents.adminRights(BEA, ADA, false), id);
        assertThat(taken.kind()).isEqualTo(AuditKind.ADMIN_RIGHTS_TAKEN);
        assertThat(taken.actor()).isEqualTo(ADA);
        assertThat(taken.subject()).isEqualTo(BEA);
    }

    @Test
    void aPasswordChangeIsTheOwnersAndSaysHowManyTokensWentWithIt() {
        var entry = AuditEntries.of(AccountEvents.passwordChanged(BEA, 2), id);

        assertThat(entry.kind()).isEqualTo(AuditKind.PASSWORD_CHANGED);
        assertThat(entry.actor()).isEqualTo(BEA);
        assertThat(entry.details()).containsEntry("tokensRevoked", "2");
    }

    @Test
    void aTokenIsNamedByItsNameAndId() {
        var issued = AuditEntries.of(AccountEvents.tokenIssued(BEA, "laptop"), id);
        var revoked = AuditEntries.of(AccountEvents.tokenRevoked(BEA, "laptop"), id);

        assertThat(issued.kind()).isEqualTo(AuditKind.TOKEN_ISSUED);
        assertThat(revoked.kind()).isEqualTo(AuditKind.TOKEN_REVOKED);
        assertThat(issued.details()).containsOnly(Map.entry("token", "laptop"), Map.entry("tokenId", TOKEN.toString()));
        assertThat(revoked.actor()).isEqualTo(BEA);
    }

    @Test
    void aFailedSignInHasNoActorButTheAccountTriedAndTheAddress() {
        var entry = AuditEntries.of(AccountEvents.signInFailed(BEA, "203.0.113.9"), id);

        assertThat(entry.kind()).isEqualTo(AuditKind.SIGN_IN_FAILED);
        assertThat(entry.actor()).isNull();
        assertThat(entry.subject()).isEqualTo(BEA);
        assertThat(entry.address()).isEqualTo("203.0.113.9");
        assertThat(entry.details()).isEmpty();
    }

    @Test
    void aThrottledSignInSaysUntilWhenAndWhatWasPaused() {
        var entry = AuditEntries.of(AccountEvents.paused(BEA, "203.0.113.9", true, false), id);

        assertThat(entry.kind()).isEqualTo(AuditKind.SIGN_IN_THROTTLED);
        assertThat(entry.actor()).isNull();
        assertThat(entry.details())
                .containsEntry("until", AT.plusSeconds(1).toString())
                .containsEntry("paused", "ACCOUNT");
        assertThat(AuditEntries.of(AccountEvents.paused(BEA, "x", false, true), id)
                        .details())
                .containsEntry("paused", "ADDRESS");
        assertThat(AuditEntries.of(AccountEvents.paused(BEA, "x", true, true), id)
                        .details())
                .containsEntry("paused", "ACCOUNT_AND_ADDRESS");
    }

    @Test
    void anEntryKeepsAtMostEightShortDetailsWithoutControlCharacters() {
        var many = new LinkedHashMap<String, String>();
        for (int i = 0; i < 20; i++) {
            many.put("key" + i, "v".repeat(1000) + "\u0000");
        }
        var entry = new AuditEntry(id, ORG, AT, AuditKind.TOKEN_ISSUED, ADA, ADA, "a\nb" + "9".repeat(500), many);

        assertThat(entry.details()).hasSize(AuditEntry.MAX_DETAILS);
        assertThat(entry.details().values())
                .allSatisfy(
                        value -> assertThat(value).hasSize(AuditEntry.MAX_VALUE).doesNotContain("\u0000"));
        assertThat(entry.address()).hasSize(AuditEntry.MAX_VALUE).startsWith("ab");
    }

    @Test
    void anEntrySaysWhereWhenAndWhat() {
        assertThatThrownBy(() -> new AuditEntry(id, ORG, AT, null, ADA, ADA, "", Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuditEntry(id, null, AT, AuditKind.TOKEN_ISSUED, ADA, ADA, "", Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
