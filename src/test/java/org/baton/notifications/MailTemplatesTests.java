package org.baton.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.UUID;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class MailTemplatesTests {

    final MailTemplates templates = new MailTemplates(messages());

    @Test
    void rendersANoticeAsTextAndHtmlWithItsLinkAndUnsubscribe() {
        var variables = new HashMap<String, Object>();
        variables.put("heading", "Your consent is asked");
        variables.put("title", "Fewer <meetings> & more focus");
        variables.put("detail", "");
        variables.put("link", "https://baton.example.org/decisions/42");
        variables.put("kindLabel", "Your consent is asked");
        variables.put("unsubscribe", "https://baton.example.org/unsubscribe/abc.def");
        variables.put("site", "https://baton.example.org/");

        var mail = templates.render("notice", variables);

        assertThat(mail.text())
                .contains("Fewer <meetings> & more focus")
                .contains("Open it in Baton: https://baton.example.org/decisions/42")
                .contains("https://baton.example.org/unsubscribe/abc.def")
                .doesNotContain("??");
        assertThat(mail.html())
                .contains("Fewer &lt;meetings&gt; &amp; more focus")
                .contains("href=\"https://baton.example.org/decisions/42\"")
                .contains("href=\"https://baton.example.org/account#notification-preferences\"")
                .doesNotContain("??");
    }

    @Test
    void rendersADigestWithOneEntryPerItemItsEventsAndTheDigestUnsubscribe() {
        var variables = new HashMap<String, Object>();
        variables.put("day", "2026-01-15");
        variables.put("count", 3);
        variables.put(
                "entries",
                java.util.List.of(
                        java.util.Map.of(
                                "title",
                                "Fewer <meetings>",
                                "link",
                                "https://baton.example.org/decisions/42",
                                "events",
                                java.util.List.of(
                                        java.util.Map.of("time", "2026-01-15 16:00", "label", "Decided", "detail", ""),
                                        java.util.Map.of(
                                                "time", "2026-01-15 09:00", "label", "Amended", "detail", "shorter"))),
                        java.util.Map.of(
                                "title",
                                "Close the office",
                                "link",
                                "https://baton.example.org/decisions/43",
                                "events",
                                java.util.List.of(java.util.Map.of(
                                        "time", "2026-01-15 08:00", "label", "Advice given", "detail", "")))));
        variables.put("unsubscribe", "https://baton.example.org/unsubscribe/abc.def");
        variables.put("site", "https://baton.example.org/");

        var mail = templates.render("digest", variables);

        assertThat(mail.text())
                .contains("3 things happened")
                .contains("Fewer <meetings>")
                .contains("2026-01-15 09:00 Amended: shorter")
                .contains("Open it in Baton: https://baton.example.org/decisions/43")
                .contains("Stop the daily digest: https://baton.example.org/unsubscribe/abc.def")
                .doesNotContain("??");
        assertThat(mail.text().indexOf("Decided")).isLessThan(mail.text().indexOf("Amended"));
        assertThat(mail.html())
                .contains("Fewer &lt;meetings&gt;")
                .contains("href=\"https://baton.example.org/decisions/42\"")
                .contains("href=\"https://baton.example.org/unsubscribe/abc.def\"")
                .doesNotContain("??");
    }

    @Test
    void rendersAnInvitationWithItsLinkAndNoPassword() {
        var variables = new HashMap<String, Object>();
        variables.put("link", "https://baton.example.org/invitations/s3cret");
        variables.put("site", "https://baton.example.org/");

        var mail = templates.render("invitation", variables);

        assertThat(mail.text())
                .contains("https://baton.example.org/invitations/s3cret")
                .contains("7 days");
        assertThat(mail.html()).contains("href=\"https://baton.example.org/invitations/s3cret\"");
    }

    @Test
    void linksANoticeToItsItem() {
        var id = UUID.randomUUID();
        var org = new OrganizationId(UUID.randomUUID());
        var person = new PersonId(UUID.randomUUID());
        assertThat(MailChannel.pathOf("DECISION", id)).isEqualTo("/decisions/" + id);
        assertThat(MailChannel.pathOf("INTENT", id)).isEqualTo("/intents/" + id);
        assertThat(MailChannel.pathOf("SOMETHING", id)).isEqualTo("/inbox");
    }

    static ResourceBundleMessageSource messages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
