package org.baton.notifications;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.baton.people.People;
import org.baton.people.Person;
import org.baton.people.PersonId;
import org.baton.shared.OrganizationId;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mail to one person: queued in the outbox, rendered from {@code templates/mail}, with an unsubscribe link when it
 * is a notice of a kind one can turn off. Also answers whether mail is on, and turns a kind off from a signed link.
 */
@Service
public class Mailings {

    private final MailServer server;
    private final MailTemplates templates;
    private final MailOutbox outbox;
    private final People people;
    private final MailKey key;
    private volatile UnsubscribeTokens tokens;
    private final NotificationPreferences preferences;
    private final MessageSource messages;

    Mailings(
            MailServer server,
            MailTemplates templates,
            MailOutbox outbox,
            People people,
            MailKey key,
            NotificationPreferences preferences,
            MessageSource messages) {
        this.server = server;
        this.templates = templates;
        this.outbox = outbox;
        this.people = people;
        this.key = key;
        this.preferences = preferences;
        this.messages = messages;
    }

    /** Whether Baton sends mail: an SMTP host is configured. */
    public boolean on() {
        return server.on();
    }

    /**
     * Mails an invitation link to the person invited; true when it was queued (mail is on and they have an address).
     */
    @Transactional
    public boolean sendInvitation(OrganizationId org, PersonId personId, String link) {
        var variables = new HashMap<String, Object>();
        variables.put("link", link);
        // an invitation is an admin's request, never a retried listener: each one is a mail of its own
        return queue(org, personId, "invitation/" + UUID.randomUUID(), null, "invitation", variables, null);
    }

    /** What a signed unsubscribe token stands for, when it is valid. */
    public Optional<Unsubscription> unsubscription(String token) {
        return tokens().verify(token).filter(u -> NoticeKinds.known(u.kind()) || Digests.KIND.equals(u.kind()));
    }

    /**
     * Turns off the kind a valid token names, for the person it names; the digest's token turns off every kind the
     * person hears of in the digest. False when the token is not valid.
     */
    @Transactional
    public boolean unsubscribe(String token) {
        var what = unsubscription(token);
        what.ifPresent(u -> {
            if (Digests.KIND.equals(u.kind())) {
                preferences.turnOffDigest(u.organizationId(), u.personId());
            } else {
                preferences.turnOff(u.organizationId(), u.personId(), u.kind());
            }
        });
        return what.isPresent();
    }

    String unsubscribeLink(Unsubscription what) {
        return server.link("/unsubscribe/" + tokens().sign(what));
    }

    /** Read on first use, so that a Baton that never mails nor meets a link never writes a key file. */
    private UnsubscribeTokens tokens() {
        if (tokens == null) {
            tokens = new UnsubscribeTokens(key.bytes());
        }
        return tokens;
    }

    boolean queue(
            OrganizationId org,
            PersonId personId,
            String sourceKey,
            String subject,
            String template,
            Map<String, Object> variables,
            String kind) {
        return queue(org, personId, sourceKey, subject, template, variables, kind, null);
    }

    /**
     * Queues mail {@code template} for a person; {@code subject} null means the template's {@code mail.<template>.subject}
     * message. {@code kind}, when given, adds the one-click unsubscribe for that kind; {@code replyTo}, when given, is
     * the signed address a reply goes to.
     */
    boolean queue(
            OrganizationId org,
            PersonId personId,
            String sourceKey,
            String subject,
            String template,
            Map<String, Object> variables,
            String kind,
            String replyTo) {
        if (!server.on()) {
            return false;
        }
        var address = people.find(org, personId).map(Person::email).filter(e -> e != null && !e.isBlank());
        if (address.isEmpty()) {
            return false;
        }
        String unsubscribe = kind == null ? null : unsubscribeLink(new Unsubscription(org, personId, kind));
        queueTo(org, address.get(), sourceKey, subject, template, variables, unsubscribe, replyTo);
        return true;
    }

    /** Queues mail {@code template} to an address that may be nobody's in Baton (a reply with a forged token). */
    void queueTo(
            OrganizationId org,
            String address,
            String sourceKey,
            String subject,
            String template,
            Map<String, Object> variables,
            String unsubscribe,
            String replyTo) {
        if (!server.on()) {
            return;
        }
        var all = new HashMap<>(variables);
        all.put("unsubscribe", unsubscribe);
        all.put("site", server.link("/"));
        var rendered = templates.render(template, all);
        String title =
                subject != null ? subject : messages.getMessage("mail." + template + ".subject", null, Locale.ENGLISH);
        outbox.queue(new OutgoingMail(
                org, sourceKey, address, title, rendered.text(), rendered.html(), unsubscribe, replyTo));
    }
}
