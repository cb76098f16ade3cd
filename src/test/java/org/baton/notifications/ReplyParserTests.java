package org.baton.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import org.baton.notifications.ReplyParser.Concern;
import org.baton.notifications.ReplyParser.Consent;
import org.baton.notifications.ReplyParser.Objection;
import org.baton.notifications.ReplyParser.Text;
import org.baton.notifications.ReplyParser.Unclear;
import org.junit.jupiter.api.Test;

class ReplyParserTests {

    static final String QUOTED =
            """

            On Mon, 30 Nov 2026 at 09:00, Baton <baton@example.org> wrote:
            > Your consent is asked: Move support to a four-day week
            > Or answer by replying to this mail
            """;

    private static ReplyParser.Answer toConsent(String text) {
        return ReplyParser.read(ReplyTo.Kind.CONSENT, text, null);
    }

    @Test
    void readsConsentAboveTheQuotedMail() {
        assertThat(toConsent("Consent." + QUOTED)).isEqualTo(new Consent());
    }

    @Test
    void readsAConcernWithItsText() {
        assertThat(toConsent("concern: the rota needs a week to change" + QUOTED))
                .isEqualTo(new Concern("the rota needs a week to change"));
    }

    @Test
    void readsAnObjectionWithItsHarm() {
        assertThat(toConsent("  object: clinics lose invoices\n" + QUOTED))
                .isEqualTo(new Objection("clinics lose invoices"));
    }

    @Test
    void readsAnObjectionToAnIntent() {
        assertThat(ReplyParser.read(ReplyTo.Kind.INTENT, "Object: it breaks the night shift" + QUOTED, null))
                .isEqualTo(new Objection("it breaks the night shift"));
    }

    @Test
    void doesNotTakeConsentOrConcernToAnIntent() {
        assertThat(ReplyParser.read(ReplyTo.Kind.INTENT, "consent", null)).isInstanceOf(Unclear.class);
        assertThat(ReplyParser.read(ReplyTo.Kind.INTENT, "concern: timing", null))
                .isInstanceOf(Unclear.class);
    }

    @Test
    void refusesAnObjectionThatNamesNoHarm() {
        assertThat(toConsent("object:" + QUOTED)).isEqualTo(new Unclear("object:"));
    }

    @Test
    void takesWhatWasWrittenAboveTheQuoteAndSignatureAsAdvice() {
        String reply = "Ask the clinics first.\n\nThey close invoices on Fridays.\n-- \nAna\nSupport lead" + QUOTED;
        assertThat(ReplyParser.read(ReplyTo.Kind.ADVICE, reply, null))
                .isEqualTo(new Text("Ask the clinics first.\nThey close invoices on Fridays."));
    }

    @Test
    void stopsAtAnOriginalMessageBlock() {
        String reply = "Fine by us.\n-----Original Message-----\nFrom: Baton\nSent: Monday\nconsent";
        assertThat(ReplyParser.read(ReplyTo.Kind.CONSULTATION, reply, null)).isEqualTo(new Text("Fine by us."));
    }

    @Test
    void readsAMailWithHtmlOnlyWithoutItsTagsOrQuote() {
        String html = "<html><head><style>p{color:red}</style></head><body><div dir=\"ltr\">object: clinics &amp;"
                + " labs lose invoices<br></div><div class=\"gmail_quote\"><blockquote>consent</blockquote></div>"
                + "</body></html>";
        assertThat(ReplyParser.read(ReplyTo.Kind.CONSENT, null, html))
                .isEqualTo(new Objection("clinics & labs lose invoices"));
    }

    @Test
    void findsNothingToActOnInGarbage() {
        assertThat(toConsent("sounds good to me!" + QUOTED)).isEqualTo(new Unclear("sounds good to me!"));
        assertThat(toConsent("consent to nothing of the sort")).isInstanceOf(Unclear.class);
        assertThat(toConsent(QUOTED)).isEqualTo(new Unclear(""));
        assertThat(ReplyParser.read(ReplyTo.Kind.ADVICE, "> only quoted text", null))
                .isEqualTo(new Unclear(""));
    }
}
