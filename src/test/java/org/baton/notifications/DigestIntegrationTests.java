package org.baton.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.baton.accounts.AccessTokens;
import org.baton.accounts.Accounts;
import org.baton.people.PersonId;
import org.baton.support.BatonIntegrationTest;
import org.baton.support.MovableClock;
import org.baton.support.TestOrganization;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily digest through an in-process SMTP server: a day's notices of digest kinds arrive as one mail grouped per
 * item, a quiet person gets nothing, a kind mailed at once is not repeated, and the next day brings only what is new.
 * The digest hour is midnight, so every person's morning has come whenever the test runs.
 */
@BatonIntegrationTest
class DigestIntegrationTests {

    static final String SITE = "https://baton.example.org";
    static final ServerSetup SMTP = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    static GreenMail smtp;

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    AccessTokens tokens;

    @Autowired
    Notices notices;

    @Autowired
    Digests digests;

    @Autowired
    Mailings mailings;

    @Autowired
    DigestItems digestItems;

    @Autowired
    NotificationPreferences preferences;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcClient jdbc;

    TestOrganization org;

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("baton.smtp.host", () -> "127.0.0.1");
        registry.add("baton.smtp.port", SMTP::getPort);
        registry.add("baton.smtp.starttls", () -> "false");
        registry.add("baton.smtp.from", () -> "baton@example.org");
        registry.add("baton.public-url", () -> SITE);
        registry.add("baton.mail.send-every", () -> "PT0.2S");
        registry.add("baton.digest.hour", () -> "0");
        registry.add("baton.digest.every", () -> "PT24H");
    }

    @BeforeAll
    static void startMailServer() {
        smtp = new GreenMail(SMTP);
        smtp.start();
    }

    @AfterAll
    static void stopMailServer() {
        smtp.stop();
    }

    @BeforeEach
    void foundOrganization() {
        org = TestOrganization.found(accounts, tokens, port);
    }

    @Test
    void aDaysNoticesArriveAsOneDigestPerPersonGroupedPerItemAndTheNextDayBringsOnlyWhatIsNew() throws Exception {
        var ben = person("Ben Digest");
        var cara = person("Cara Quiet");
        UUID onboarding = UUID.randomUUID();
        UUID office = UUID.randomUUID();
        UUID fourDays = UUID.randomUUID();
        notice(ben, "decisionProposalAmended", onboarding, "Adopt the onboarding flow");
        notice(ben, "decisionDecided", onboarding, "Adopt the onboarding flow");
        notice(ben, "decisionConsentAsked", fourDays, "Move to a four-day week");
        notice(ben, "decisionAdviceGiven", office, "Close the office in August");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(subjectsTo(emailOf("Ben Digest")))
                .containsExactly("Your consent is asked: Move to a four-day week"));
        digests.sendDue();
        assertThat(digestRowsOf(ben)).isEqualTo(1);

        var first = digestsTo(emailOf("Ben Digest"));
        assertThat(first).hasSize(1);
        String body = GreenMailUtil.getWholeMessage(first.getFirst());
        assertThat(body)
                .contains(SITE + "/decisions/" + onboarding)
                .contains(SITE + "/decisions/" + office)
                .contains("A decision that concerns you was made")
                .contains("Someone gave advice on your decision")
                .doesNotContain("four-day week");
        assertThat(body.indexOf("Close the office in August"))
                .as("the item with the newest news comes first")
                .isLessThan(body.indexOf("Adopt the onboarding flow"));
        assertThat(body.indexOf("A decision that concerns you was made"))
                .as("within an item, the newest event comes first")
                .isLessThan(body.indexOf("A proposal you objected to was amended"));
        assertThat(first.getFirst().getHeader("List-Unsubscribe")[0]).startsWith("<" + SITE + "/unsubscribe/");
        assertThat(first.getFirst().getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(to(emailOf("Cara Quiet"))).as("a quiet person gets nothing").isEmpty();
        assertThat(digestDaysOf(cara)).as("and no digest job").isZero();

        notice(ben, "decisionDecided", office, "Close the office in August");
        digests.sendDue();
        assertThat(digestRowsOf(ben)).as("one digest a day").isEqualTo(1);

        clock.advance(Duration.ofDays(1));
        digests.sendDue();
        assertThat(digestRowsOf(ben)).isEqualTo(2);

        var both = digestsTo(emailOf("Ben Digest"));
        assertThat(both).hasSize(2);
        String second = GreenMailUtil.getWholeMessage(
                both.stream().filter(m -> m != first.getFirst()).findFirst().orElseThrow());
        assertThat(second).contains("Close the office in August").doesNotContain("Adopt the onboarding flow");
        clock.advance(Duration.ofDays(1));
        digests.sendDue();
        assertThat(digestRowsOf(ben)).as("nothing new, no digest").isEqualTo(2);
    }

    @Test
    void theDigestsUnsubscribeLinkTurnsOffEveryKindHeardOfInTheDigestAndNoOther() throws Exception {
        var dan = person("Dan Digest");
        notice(dan, "decisionDecided", UUID.randomUUID(), "Hire a second designer");
        digests.sendDue();
        var digest = digestsTo(emailOf("Dan Digest"));
        assertThat(digest).hasSize(1);
        String link = digest.getFirst().getHeader("List-Unsubscribe")[0];
        String token = link.substring(link.lastIndexOf('/') + 1, link.length() - 1);

        assertThat(mailings.unsubscribe(token)).isTrue();

        var deliveries = preferences.of(org.id(), dan).stream()
                .collect(java.util.stream.Collectors.toMap(KindPreference::kind, KindPreference::delivery));
        assertThat(deliveries).doesNotContainValue(Delivery.DIGEST);
        assertThat(deliveries.get("decisionDecided")).isEqualTo(Delivery.OFF);
        assertThat(deliveries.get("decisionConsentAsked")).isEqualTo(Delivery.IMMEDIATELY);
    }

    @Test
    void findsInOneQueryThosePeopleWhoseOwnMorningHasComeAndWhoHadNoDigestToday() {
        var tokyo = person("Tomo Tokyo");
        var honolulu = person("Hana Honolulu");
        var sentToday = person("Sam Honolulu");
        var offset = person("Olga Offset");
        jdbc.sql("update people set time_zone = 'Asia/Tokyo' where id = ?")
                .param(tokyo.value())
                .update();
        jdbc.sql("update people set time_zone = 'Pacific/Honolulu' where id in (?, ?)")
                .params(honolulu.value(), sentToday.value())
                .update();
        jdbc.sql("update people set time_zone = '+09:00' where id = ?")
                .param(offset.value())
                .update();
        for (var person : List.of(tokyo, honolulu, sentToday, offset)) {
            notice(person, "decisionDecided", UUID.randomUUID(), "Open a second office");
        }
        // 21:00 UTC: 06:00 the next day in Tokyo, 11:00 in Honolulu
        var now = clock.instant()
                .atZone(java.time.ZoneOffset.UTC)
                .plusDays(1)
                .withHour(21)
                .withMinute(0);
        jdbc.sql("insert into digests_sent (organization_id, person_id, local_date) values (?, ?, ?)")
                .params(org.id().value(), sentToday.value(), java.sql.Date.valueOf(now.toLocalDate()))
                .update();

        var due = digestItems.due(now.toInstant(), 7).stream()
                .filter(d -> d.organizationId().equals(org.id()))
                .map(DigestItems.Due::personId)
                .toList();

        assertThat(due)
                .as("a bare offset the database does not know counts as UTC, and stops nobody")
                .containsExactlyInAnyOrder(honolulu, offset);
        assertThat(digestItems.due(now.plusHours(1).toInstant(), 7).stream().map(DigestItems.Due::personId))
                .as("07:00 in Tokyo")
                .contains(tokyo, honolulu)
                .doesNotContain(sentToday);
    }

    @Test
    void twoNodesRunningAtOnceQueueOneDigest() throws Exception {
        var eve = person("Eve Twice");
        notice(eve, "decisionDecided", UUID.randomUUID(), "Pay for training");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var one = pool.submit(digests::sendDue);
            var two = pool.submit(digests::sendDue);
            one.get();
            two.get();
        } finally {
            pool.shutdown();
        }

        assertThat(digestRowsOf(eve)).isEqualTo(1);
        assertThat(digestsTo(emailOf("Eve Twice"))).hasSize(1);
    }

    private PersonId person(String name) {
        var created = org.api().post("/api/v1/people", Map.of("name", name, "email", emailOf(name)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return new PersonId(UUID.fromString(created.json().get("id").asString()));
    }

    private void notice(PersonId person, String kind, UUID decision, String title) {
        clock.advance(Duration.ofMinutes(5));
        transactions.executeWithoutResult(status -> notices.deliver(
                org.id(),
                List.of(person),
                kind,
                "DECISION",
                decision,
                title,
                "",
                kind + "/" + decision + "/" + UUID.randomUUID()));
    }

    private long digestRowsOf(PersonId person) {
        return jdbc.sql("select count(*) from mail_outbox where source_key like ?")
                .param("digest/%/" + person.value() + "/%")
                .query(Long.class)
                .single();
    }

    private long digestDaysOf(PersonId person) {
        return jdbc.sql("select count(*) from digests_sent where person_id = ?")
                .param(person.value())
                .query(Long.class)
                .single();
    }

    private String emailOf(String name) {
        return name.toLowerCase().replace(' ', '.') + "."
                + org.id().value().toString().substring(0, 8) + "@example.org";
    }

    private List<MimeMessage> digestsTo(String address) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.sql("select count(*) from mail_outbox where organization_id = ? and sent_at is null")
                                .param(org.id().value())
                                .query(Long.class)
                                .single()
                        == 0);
        return to(address).stream()
                .filter(m -> subject(m).startsWith("Your day in Baton"))
                .toList();
    }

    private List<String> subjectsTo(String address) {
        return to(address).stream().map(DigestIntegrationTests::subject).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<MimeMessage> to(String address) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients())
                                .anyMatch(r -> r.toString().equalsIgnoreCase(address));
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
