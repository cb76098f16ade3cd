package org.baton.notifications;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.baton.shared.SecretTokens;
import org.baton.shared.TextLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The mailbox replies arrive in, read over IMAP from {@code BATON_IMAP_*} (security {@code ssl}, {@code starttls} or
 * {@code none}; folder INBOX by default) every {@code baton.reply.poll-every}, when a reply address is configured.
 * Each unseen mail is handed to {@link Replies} and then marked \Seen; mail is read without setting \Seen on its
 * own, so a failure in between leaves it for the next poll, and {@link Replies} remembers what it handled.
 */
@Component
class ReplyMailbox {

    private static final Logger log = LoggerFactory.getLogger(ReplyMailbox.class);
    private static final int BATCH = 100;

    private final Replies replies;
    private final ReplyAddresses addresses;
    private final String host;
    private final int port;
    private final String username;
    private final String password;
    private final String folder;
    private final String security;

    ReplyMailbox(
            Replies replies,
            ReplyAddresses addresses,
            @Value("${baton.imap.host:}") String host,
            @Value("${baton.imap.port:993}") int port,
            @Value("${baton.imap.username:}") String username,
            @Value("${baton.imap.password:}") String password,
            @Value("${baton.imap.folder:INBOX}") String folder,
            @Value("${baton.imap.security:ssl}") String security) {
        this.replies = replies;
        this.addresses = addresses;
        this.host = host == null ? "" : host.strip();
        this.port = port;
        this.username = username;
        this.password = password;
        this.folder = folder == null || folder.isBlank() ? "INBOX" : folder.strip();
        this.security = security == null ? "ssl" : security.strip().toLowerCase(Locale.ROOT);
    }

    boolean on() {
        return addresses.on();
    }

    @Scheduled(fixedDelayString = "${baton.reply.poll-every:PT1M}")
    void pollEveryWhile() {
        try {
            poll();
        } catch (MessagingException | RuntimeException e) {
            log.warn("MAIL_REPLIES_UNREAD host={} error={}", host, e.getMessage());
        }
    }

    /**
     * Reads and handles the unseen mail in the folder; returns how many mails were handled. A mail that cannot be
     * handled now stays unseen and is tried again at the next poll.
     */
    int poll() throws MessagingException {
        if (!on()) {
            return 0;
        }
        try (var store = Session.getInstance(properties()).getStore("imap")) {
            store.connect(host, port, username, password);
            var inbox = store.getFolder(folder);
            inbox.open(Folder.READ_WRITE);
            try {
                int handled = 0;
                for (Message message : inbox.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
                    if (handled == BATCH) {
                        break;
                    }
                    try {
                        replies.handle(read((MimeMessage) message));
                        message.setFlag(Flags.Flag.SEEN, true);
                        handled++;
                    } catch (MessagingException | RuntimeException e) {
                        // left unseen for the next poll (the database may be away); the others are read meanwhile
                        log.warn("MAIL_REPLY_UNREAD number={} error={}", message.getMessageNumber(), e.getMessage());
                    }
                }
                return handled;
            } finally {
                inbox.close(false);
            }
        }
    }

    private Properties properties() {
        var properties = new Properties();
        properties.put("mail.imap.ssl.enable", String.valueOf(security.equals("ssl")));
        properties.put("mail.imap.starttls.enable", String.valueOf(security.equals("starttls")));
        properties.put("mail.imap.starttls.required", String.valueOf(security.equals("starttls")));
        properties.put("mail.imap.peek", "true");
        properties.put("mail.imap.connectiontimeout", "10000");
        properties.put("mail.imap.timeout", "30000");
        return properties;
    }

    static IncomingReply read(MimeMessage message) throws MessagingException {
        var recipients = new ArrayList<String>();
        for (String header : List.of("To", "Cc", "Delivered-To", "X-Original-To")) {
            String[] values = message.getHeader(header);
            if (values != null) {
                for (String value : values) {
                    for (Address address : InternetAddress.parseHeader(value, false)) {
                        recipients.add(((InternetAddress) address).getAddress());
                    }
                }
            }
        }
        var from = message.getFrom() == null || message.getFrom().length == 0
                ? null
                : ((InternetAddress) message.getFrom()[0]).getAddress();
        var parts = new String[2];
        try {
            collect(message, parts);
        } catch (IOException e) {
            throw new MessagingException("Cannot read a reply", e);
        }
        String id = message.getMessageID();
        if (id == null || id.isBlank() || id.length() > TextLimits.LINE) {
            id = "sha256:" + SecretTokens.hash(from + "\n" + message.getSubject() + "\n" + parts[0] + "\n" + parts[1]);
        }
        return new IncomingReply(id.strip(), recipients, from, parts[0], parts[1], automatic(message));
    }

    /** The first plain-text and the first HTML part that are not attachments. */
    private static void collect(Part part, String[] parts) throws MessagingException, IOException {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return;
        }
        if (part.isMimeType("text/plain") && parts[0] == null) {
            parts[0] = String.valueOf(part.getContent());
        } else if (part.isMimeType("text/html") && parts[1] == null) {
            parts[1] = String.valueOf(part.getContent());
        } else if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, parts);
            }
        }
    }

    /** Written by a machine (RFC 3834, the common autoresponder headers, a bounce): never answered. */
    static boolean automatic(MimeMessage message) throws MessagingException {
        String submitted = first(message, "Auto-Submitted");
        if (submitted != null && !submitted.strip().equalsIgnoreCase("no")) {
            return true;
        }
        if (first(message, "X-Autoreply") != null || first(message, "X-Autorespond") != null) {
            return true;
        }
        String precedence = first(message, "Precedence");
        if (precedence != null && precedence.strip().toLowerCase(Locale.ROOT).matches("bulk|junk|list|auto_reply")) {
            return true;
        }
        String returnPath = first(message, "Return-Path");
        if (returnPath != null && returnPath.replaceAll("[<>\\s]", "").isEmpty()) {
            return true;
        }
        String subject =
                message.getSubject() == null ? "" : message.getSubject().toLowerCase(Locale.ROOT);
        return subject.startsWith("auto:")
                || subject.startsWith("automatic reply")
                || subject.startsWith("autoreply")
                || subject.contains("out of office");
    }

    private static String first(MimeMessage message, String header) throws MessagingException {
        String[] values = message.getHeader(header);
        return values == null || values.length == 0 ? null : values[0];
    }
}
