package org.baton.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.baton.accounts.SignedInAccount;
import org.baton.support.MovableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Mail on, through an in-process SMTP server (GreenMail): notices reach people by mail through the outbox, with
 * their link and a one-click unsubscribe; an outage of the mail server loses nothing and sends nothing twice.
 */
class MailDeliveryIntegrationTests extends ApiIntegrationTestBase {

    static final String SITE = "https://baton.example.org";
    static final ServerSetup SMTP = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    static GreenMail smtp;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WebApplicationContext context;

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("baton.smtp.host", () -> "127.0.0.1");
        registry.add("baton.smtp.port", SMTP::getPort);
        registry.add("baton.smtp.starttls", () -> "false");
        registry.add("baton.smtp.from", () -> "baton@example.org");
        registry.add("baton.public-url", () -> SITE);
        registry.add("baton.mail.send-every", () -> "PT0.2S");
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

    @Test
    void aConsentRequestMailsEveryParticipantWithItsLinkAndAOneClickUnsubscribe() throws Exception {
        var ben = member("Ben Mail");
        var cara = member("Cara Mail");
        String id = raiseConsent("Move support to a four-day week", ben, cara);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(consentAskedOf(emailOf("Ben Mail")))
                .hasSize(1));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(consentAskedOf(emailOf("Cara Mail")))
                .hasSize(1));
        var mail = consentAskedOf(emailOf("Ben Mail")).getFirst();
        assertThat(mail.getSubject()).isEqualTo("Your consent is asked: Move support to a four-day week");
        assertThat(mail.getContentType()).startsWith("multipart/");
        String raw = GreenMailUtil.getWholeMessage(mail);
        assertThat(raw).contains("text/plain").contains("text/html").contains(SITE + "/decisions/" + id);
        String unsubscribe = mail.getHeader("List-Unsubscribe")[0];
        assertThat(unsubscribe).startsWith("<" + SITE + "/unsubscribe/").endsWith(">");
        assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");

        String unsubscribePage =
                "http://localhost:" + port + unsubscribe.substring(1 + SITE.length(), unsubscribe.length() - 1);
        var confirmation = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(unsubscribePage)).build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(confirmation.statusCode()).isEqualTo(200);
        assertThat(confirmation.body()).contains("Stop mails of this kind?").contains("Your consent is asked");
        var oneClick = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(unsubscribePage))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(oneClick.statusCode()).isEqualTo(200);
        assertThat(ben.api().get("/api/v1/me/notification-preferences").body())
                .contains("{\"kind\":\"decisionConsentAsked\",\"delivery\":\"OFF\"");

        raiseConsent("Keep the four-day week", ben, cara);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(consentAskedOf(emailOf("Cara Mail")))
                .hasSize(2));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(unsent()).isZero());
        assertThat(consentAskedOf(emailOf("Ben Mail"))).hasSize(1);
        assertThat(ben.api().get("/api/v1/inbox").json().get("items").findValuesAsString("kind"))
                .as("the inbox still has both")
                .containsExactly("decisionConsentAsked", "decisionConsentAsked");
    }

    @Test
    void aMailServerOutageLosesNothingAndSendsNothingTwice() throws Exception {
        var dan = member("Dan Outage");
        var eve = member("Eve Outage");
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(unsent()).isZero());
        smtp.stop();
        try {
            raiseConsent("Close the office in August", dan, eve);
            raiseConsent("Open the office in September", dan, eve);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql(
                                    "select count(*) from mail_outbox where organization_id = ? and attempts > 0 and sent_at is null and subject like 'Your consent%'")
                            .param(org.id().value())
                            .query(Long.class)
                            .single())
                    .isEqualTo(4));
        } finally {
            smtp = new GreenMail(SMTP);
            smtp.start();
        }
        clock.advance(Duration.ofMinutes(2));

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(unsent()).isZero());
        clock.advance(Duration.ofHours(2));
        await().atMost(Duration.ofSeconds(5)).pollDelay(Duration.ofMillis(600)).untilAsserted(() -> assertThat(unsent())
                .isZero());
        assertThat(consentAskedOf(emailOf("Dan Outage")))
                .extracting(Message::getSubject)
                .containsExactlyInAnyOrder(
                        "Your consent is asked: Close the office in August",
                        "Your consent is asked: Open the office in September");
        assertThat(consentAskedOf(emailOf("Eve Outage"))).hasSize(2);
    }

    @Test
    void anInvitationIsMailedWithItsLink() throws Exception {
        String id = person("Fay Invited");

        var invitation = created(api.post("/api/v1/people/" + id + "/invitation", Map.of()));

        String link = invitation.get("link").asString();
        assertThat(link).startsWith(SITE + "/invitations/");
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(to(emailOf("Fay Invited"))).hasSize(1));
        var mail = to(emailOf("Fay Invited")).getFirst();
        assertThat(GreenMailUtil.getWholeMessage(mail)).contains(link);
        assertThat(mail.getHeader("List-Unsubscribe")).isNull();
    }

    @Test
    void theInvitePageSaysTheInvitationWasMailedInsteadOfShowingTheLink() throws Exception {
        String id = person("Hal Invited");
        var mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        var admin = (SignedInAccount) accounts.loadUserByUsername(org.adminEmail());

        mvc.perform(post("/people/" + id + "/invitation")
                        .with(authentication(
                                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities())))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("invitationMailedTo", emailOf("Hal Invited")))
                .andExpect(flash().attributeCount(1));

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(to(emailOf("Hal Invited"))).hasSize(1));
    }

    @Test
    void anAccountGivenByAnAdminIsMailedWithoutAPassword() throws Exception {
        String id = person("Gus Granted");

        created(api.post("/api/v1/people/" + id + "/account", Map.of("password", "a fine long password")));

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(to(emailOf("Gus Granted"))).hasSize(1));
        var mail = to(emailOf("Gus Granted")).getFirst();
        assertThat(mail.getSubject()).isEqualTo("You have an account on Baton");
        assertThat(GreenMailUtil.getWholeMessage(mail))
                .contains(SITE + "/sign-in")
                .doesNotContain("a fine long password");
    }

    private String raiseConsent(String title, Member... participants) {
        var body = new HashMap<String, Object>();
        body.put("title", title);
        body.put("context", "Context for " + title);
        body.put("reversibility", "HARD");
        body.put("consequence", "HIGH");
        body.put("options", List.of("Option A", "Option B"));
        body.put("participantIds", Arrays.stream(participants).map(Member::id).toList());
        return created(api.post("/api/v1/decisions", body)).get("id").asString();
    }

    /** The consent requests mailed to {@code address}: members also get a mail that they have an account. */
    private List<MimeMessage> consentAskedOf(String address) {
        return to(address).stream()
                .filter(m -> {
                    try {
                        return m.getSubject().startsWith("Your consent is asked");
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private List<MimeMessage> to(String address) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients())
                                .anyMatch(r -> r.toString().equalsIgnoreCase(address));
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private long unsent() {
        return jdbc.sql("select count(*) from mail_outbox where organization_id = ? and sent_at is null")
                .param(org.id().value())
                .query(Long.class)
                .single();
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
