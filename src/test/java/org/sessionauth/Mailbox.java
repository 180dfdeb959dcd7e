package org.sessionauth;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A real SMTP server (GreenMail) on the port the service is configured to deliver to. */
final class Mailbox implements AutoCloseable {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

    private final ServerSetup setup = new ServerSetup(Integer.getInteger("it.smtp.port", 3025), "127.0.0.1",
            ServerSetup.PROTOCOL_SMTP);
    private GreenMail server;

    Mailbox start() {
        server = new GreenMail(setup);
        server.start();
        return this;
    }

    void stop() {
        server.stop();
    }

    @Override
    public void close() {
        stop();
    }

    /** The mails {@code recipient} has received, waiting until there are {@code count}. */
    List<MimeMessage> await(String recipient, int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            List<MimeMessage> received = to(recipient);
            if (received.size() >= count) {
                return received;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no " + count + " mails to " + recipient + " within a minute");
    }

    List<MimeMessage> to(String recipient) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    static String body(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (jakarta.mail.MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The one-time token in a mail's link. */
    static String token(MimeMessage message) {
        Matcher found = TOKEN.matcher(body(message));
        if (!found.find()) {
            throw new AssertionError("no link in " + body(message));
        }
        return found.group(1);
    }
}
