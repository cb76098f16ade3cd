package org.baton.notifications;

import java.net.URI;
import java.util.Properties;
import org.baton.shared.SiteAddress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * The SMTP server Baton sends through, from {@code BATON_SMTP_*}. Without a host mail is off: Baton works as
 * without it, nothing is queued, and admins see that mail is off. STARTTLS is required when
 * {@code BATON_SMTP_STARTTLS} is true, and by default whenever a username is given, so a password never crosses the
 * network in clear; set it to false for a local relay that offers no TLS.
 */
@Component
class MailServer {

    private final JavaMailSenderImpl sender;
    private final String from;
    private final String publicBase;

    MailServer(
            @Value("${baton.smtp.host:}") String host,
            @Value("${baton.smtp.port:587}") int port,
            @Value("${baton.smtp.username:}") String username,
            @Value("${baton.smtp.password:}") String password,
            @Value("${baton.smtp.from:}") String from,
            @Value("${baton.smtp.starttls:}") String starttls,
            @Value("${baton.public-url:}") String publicUrl,
            @Value("${server.port:8080}") int serverPort) {
        this.publicBase = new SiteAddress(publicUrl).base("http://localhost:" + serverPort);
        this.from = from == null || from.isBlank()
                ? "baton@" + URI.create(publicBase).getHost()
                : from.strip();
        this.sender = host == null || host.isBlank() ? null : sender(host.strip(), port, username, password, starttls);
    }

    private static JavaMailSenderImpl sender(String host, int port, String username, String password, String starttls) {
        var sender = new JavaMailSenderImpl();
        sender.setHost(host);
        sender.setPort(port);
        boolean authenticated = username != null && !username.isBlank();
        if (authenticated) {
            sender.setUsername(username);
            sender.setPassword(password);
        }
        boolean tls = starttls == null || starttls.isBlank() ? authenticated : Boolean.parseBoolean(starttls.strip());
        var properties = new Properties();
        properties.put("mail.smtp.auth", String.valueOf(authenticated));
        properties.put("mail.smtp.starttls.enable", String.valueOf(tls));
        properties.put("mail.smtp.starttls.required", String.valueOf(tls));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        sender.setJavaMailProperties(properties);
        return sender;
    }

    boolean on() {
        return sender != null;
    }

    JavaMailSender sender() {
        return sender;
    }

    String from() {
        return from;
    }

    /** An absolute link to {@code path} on this site, from {@code BATON_PUBLIC_URL} when it is set. */
    String link(String path) {
        return publicBase + path;
    }
}
