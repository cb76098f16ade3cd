package org.baton.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ReplyMailboxTests {

    private static MimeMessage aReply() throws MessagingException {
        var message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress("ana@example.org"));
        message.setRecipients(MimeMessage.RecipientType.TO, "Baton <baton-reply+abc@example.org>");
        message.setSubject("Re: Your consent is asked");
        message.setText("consent", "UTF-8");
        message.saveChanges();
        return message;
    }

    @Test
    void takesAMailAPersonWroteForAReply() throws Exception {
        assertThat(ReplyMailbox.automatic(aReply())).isFalse();
    }

    @Test
    void recognisesMailAMachineWrote() throws Exception {
        var autoReplied = aReply();
        autoReplied.setHeader("Auto-Submitted", "auto-replied");
        var outOfOffice = aReply();
        outOfOffice.setSubject("Out of Office: Re: Your consent is asked");
        var bounce = aReply();
        bounce.setHeader("Return-Path", "<>");
        var bulk = aReply();
        bulk.setHeader("Precedence", "bulk");

        assertThat(ReplyMailbox.automatic(autoReplied)).isTrue();
        assertThat(ReplyMailbox.automatic(outOfOffice)).isTrue();
        assertThat(ReplyMailbox.automatic(bounce)).isTrue();
        assertThat(ReplyMailbox.automatic(bulk)).isTrue();
    }

    @Test
    void findsTheReplyAddressAmongTheHeadersItMayArriveIn() throws Exception {
        var forwarded = aReply();
        forwarded.setRecipients(MimeMessage.RecipientType.TO, "team@example.org");
        forwarded.setHeader("Delivered-To", "baton-reply+xyz@example.org");

        var read = ReplyMailbox.read(forwarded);

        assertThat(read.recipients()).contains("team@example.org", "baton-reply+xyz@example.org");
        assertThat(read.from()).isEqualTo("ana@example.org");
        assertThat(read.text()).isEqualTo("consent");
    }

    @Test
    void namesAMailWithoutMessageIdByItsContent() throws Exception {
        var first = aReply();
        first.removeHeader("Message-ID");
        var second = aReply();
        second.removeHeader("Message-ID");

        assertThat(ReplyMailbox.read(first).messageId())
                .startsWith("sha256:")
                .isEqualTo(ReplyMailbox.read(second).messageId());
    }
}
