package org.baton.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Reply by mail, through an in-process SMTP and IMAP server (GreenMail): a consent request goes out with a signed
 * Reply-To; a reply put into the reply mailbox is recorded as its sender, once, or answered and changes nothing.
 */
class ReplyByMailIntegrationTests extends ApiIntegrationTestBase {

    static final String REPLY_ADDRESS = "baton-reply@example.org";
    static final ServerSetup SMTP = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    static final ServerSetup IMAP = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP);
    static GreenMail mail;
    static GreenMailUser mailbox;

    @DynamicPropertySource
    static void mailAndReplies(DynamicPropertyRegistry registry) {
        registry.add("baton.smtp.host", () -> "127.0.0.1");
        registry.add("baton.smtp.port", SMTP::getPort);
        registry.add("baton.smtp.starttls", () -> "false");
        registry.add("baton.smtp.from", () -> "baton@example.org");
        registry.add("baton.public-url", () -> "https://baton.example.org");
        registry.add("baton.mail.send-every", () -> "PT0.2S");
        registry.add("baton.reply.address", () -> REPLY_ADDRESS);
        registry.add("baton.reply.poll-every", () -> "PT0.2S");
        registry.add("baton.imap.host", () -> "127.0.0.1");
        registry.add("baton.imap.port", IMAP::getPort);
        registry.add("baton.imap.username", () -> "baton-reply");
        registry.add("baton.imap.password", () -> "reply password");
        registry.add("baton.imap.security", () -> "none");
    }

    @BeforeAll
    static void startMailServer() {
        mail = new GreenMail(new ServerSetup[] {SMTP, IMAP});
        mail.start();
        mailbox = mail.setUser(REPLY_ADDRESS, "baton-reply", "reply password");
    }

    @AfterAll
    static void stopMailServer() {
        mail.stop();
    }

    @Test
    void aReplyObjectingToAConsentRequestRecordsTheObjectionOfThatParticipantOnce() throws Exception {
        var ben = member("Ben Reply");
        var cara = member("Cara Reply");
        String id = raiseConsent("Move invoicing to the new system", ben, cara);
        var request = consentAskedOf(emailOf("Ben Reply"));
        String replyTo = request.getReplyTo()[0].toString();
        assertThat(replyTo).matches("baton-reply\\+[A-Za-z0-9_-]+@example\\.org");
        assertThat(textOf(request)).contains("Or answer by replying to this mail, with one of these on the first line");
        assertThat(consentAskedOf(emailOf("Cara Reply")).getReplyTo()[0].toString())
                .as("each participant has an address of their own")
                .isNotEqualTo(replyTo);

        var reply = reply(
                emailOf("Ben Reply"),
                replyTo,
                "<objection-1@mail.example.org>",
                "object: clinics lose invoices\n\nOn Mon, 30 Nov 2026, Baton wrote:\n> consent\n");
        mailbox.deliver(reply);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(objectionsOn(id)).hasSize(1));
        var objection = objectionsOn(id).getFirst();
        assertThat(objection.get("raisedBy").asString()).isEqualTo(ben.id());
        assertThat(objection.get("harm").asString()).isEqualTo("clinics lose invoices");

        mailbox.deliver(reply(
                emailOf("Ben Reply"), replyTo, "<objection-1@mail.example.org>", "object: clinics lose invoices"));
        await().atMost(Duration.ofSeconds(20)).until(() -> unseen() == 0);
        assertThat(objectionsOn(id))
                .as("the same message read twice records once")
                .hasSize(1);
    }

    @Test
    void aReplyToAnAdviceRequestIsRecordedAsThatPersonsAdvice() throws Exception {
        var gil = member("Gil Reply");
        var body = new HashMap<String, Object>();
        body.put("title", "Replace the CRM");
        body.put("reversibility", "HARD");
        body.put("consequence", "LOW");
        String id = created(api.post("/api/v1/decisions", body)).get("id").asString();
        assertThat(api.post("/api/v1/decisions/" + id + "/advice-requests", Map.of("personIds", List.of(gil.id())))
                        .status())
                .isEqualTo(200);
        var request = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> to(emailOf("Gil Reply")).stream()
                                .filter(m -> replyTo(m).startsWith("baton-reply+"))
                                .findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();

        mailbox.deliver(reply(
                emailOf("Gil Reply"),
                replyTo(request),
                "<advice-1@mail.example.org>",
                "Keep the export until the new one has run a month.\n\n> Your advice is requested"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                        api.get("/api/v1/decisions/" + id).json().get("advice").findValuesAsString("advice"))
                .containsExactly("Keep the export until the new one has run a month."));
    }

    @Test
    void aReplyThatCannotBeUnderstoodIsAnsweredAndChangesNothing() throws Exception {
        var dan = member("Dan Reply");
        String id = raiseConsent("Close the office in August", dan);
        String replyTo = consentAskedOf(emailOf("Dan Reply")).getReplyTo()[0].toString();

        mailbox.deliver(reply(emailOf("Dan Reply"), replyTo, "<garbage-1@mail.example.org>", "sounds great!!"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(subjectsTo(emailOf("Dan Reply")))
                .contains("Your reply to Baton was not recorded"));
        var answer = to(emailOf("Dan Reply")).stream()
                .filter(m -> subject(m).equals("Your reply to Baton was not recorded"))
                .findFirst()
                .orElseThrow();
        assertThat(GreenMailUtil.getWholeMessage(answer))
                .contains("sounds great!!")
                .contains("concern: what worries you")
                .contains("Auto-Submitted: auto-generated");
        var decision = api.get("/api/v1/decisions/" + id).json();
        assertThat(decision.get("objections")).isEmpty();
        assertThat(decision.get("reactions")).isEmpty();
    }

    @Test
    void anAutoReplyIsNeitherRecordedNorAnswered() throws Exception {
        var eve = member("Eve Reply");
        String id = raiseConsent("Open on Sundays", eve);
        String replyTo = consentAskedOf(emailOf("Eve Reply")).getReplyTo()[0].toString();
        var outOfOffice =
                reply(emailOf("Eve Reply"), replyTo, "<away-1@mail.example.org>", "object: I am away until Monday");
        outOfOffice.setHeader("Auto-Submitted", "auto-replied");
        outOfOffice.saveChanges();
        outOfOffice.setHeader("Message-ID", "<away-1@mail.example.org>");

        mailbox.deliver(outOfOffice);
        await().atMost(Duration.ofSeconds(20)).until(() -> unseen() == 0);

        assertThat(objectionsOn(id)).isEmpty();
        assertThat(subjectsTo(emailOf("Eve Reply"))).doesNotContain("Your reply to Baton was not recorded");
    }

    @Test
    void aReplyToAForgedAddressIsAnsweredAndChangesNothing() throws Exception {
        var fay = member("Fay Reply");
        String id = raiseConsent("Paint the office green", fay);
        String replyTo = consentAskedOf(emailOf("Fay Reply")).getReplyTo()[0].toString();
        int plus = replyTo.indexOf('+');
        char changed = replyTo.charAt(plus + 5) == 'A' ? 'B' : 'A';
        String forged = replyTo.substring(0, plus + 5) + changed + replyTo.substring(plus + 6);

        mailbox.deliver(reply(emailOf("Fay Reply"), forged, "<forged-1@mail.example.org>", "consent"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(subjectsTo(emailOf("Fay Reply")))
                .contains("Your reply to Baton was not recorded"));
        assertThat(api.get("/api/v1/decisions/" + id).json().get("reactions")).isEmpty();
    }

    private List<JsonNode> objectionsOn(String id) {
        var objections = api.get("/api/v1/decisions/" + id).json().get("objections");
        var all = new java.util.ArrayList<JsonNode>();
        objections.forEach(all::add);
        return all;
    }

    private static MimeMessage reply(String from, String to, String messageId, String text) throws MessagingException {
        var message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress(from));
        message.setRecipients(MimeMessage.RecipientType.TO, to);
        message.setSubject("Re: Your consent is asked");
        message.setText(text, "UTF-8");
        message.saveChanges();
        message.setHeader("Message-ID", messageId);
        return message;
    }

    /** The decoded plain-text part of a mail Baton sent. */
    private static String textOf(jakarta.mail.Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
            var text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(textOf(multipart.getBodyPart(i)));
            }
            return text.toString();
        }
        return "";
    }

    private static long unseen() throws FolderException {
        return mail.getManagers().getImapHostManager().getInbox(mailbox).getMessages().stream()
                .filter(m -> !m.getFlags().contains(Flags.Flag.SEEN))
                .count();
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

    /** The consent request mailed to {@code address}, once it has arrived. */
    private MimeMessage consentAskedOf(String address) {
        return await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> to(address).stream()
                                .filter(m -> subject(m).startsWith("Your consent is asked"))
                                .findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();
    }

    private List<String> subjectsTo(String address) {
        return to(address).stream().map(ReplyByMailIntegrationTests::subject).toList();
    }

    private static List<MimeMessage> to(String address) {
        return Arrays.stream(mail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients() != null
                                && Arrays.stream(m.getAllRecipients())
                                        .anyMatch(r -> r.toString().equalsIgnoreCase(address));
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static String replyTo(MimeMessage message) {
        try {
            return message.getReplyTo() == null ? "" : message.getReplyTo()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
