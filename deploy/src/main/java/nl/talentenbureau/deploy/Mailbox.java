package nl.talentenbureau.deploy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The stack's mail server (GreenMail from Maven Central): Keycloak's mails (invitations, e-mail verification,
 * password reset) and notification-service's arrive here and nowhere else. Every mail is also written to
 * {@code <data>/mail} as an {@code .eml} file any mail program opens, and can be read over IMAP with the address as
 * user name and any password.
 */
public final class Mailbox implements AutoCloseable {

    public static final String HOST = "localhost";

    private final GreenMail server;
    private final Path folder;
    private final Thread saver;
    private final long started = System.currentTimeMillis();
    private int saved;

    private Mailbox(GreenMail server, Path folder) {
        this.server = server;
        this.folder = folder;
        this.saver = Thread.ofPlatform().daemon().name("mailbox-saver").unstarted(this::saveArrivals);
    }

    /** Starts SMTP and IMAP on loopback; accepts mail for any address without a log-in. */
    public static Mailbox start(int smtpPort, int imapPort, Path folder) {
        GreenMail server = new GreenMail(new ServerSetup[]{
                new ServerSetup(smtpPort, HOST, ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, HOST, ServerSetup.PROTOCOL_IMAP)})
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        server.start();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            server.stop();
            throw new UncheckedIOException("could not create " + folder, e);
        }
        Mailbox mailbox = new Mailbox(server, folder.toAbsolutePath());
        mailbox.saver.start();
        return mailbox;
    }

    public int smtpPort() {
        return server.getSmtp().getPort();
    }

    public int imapPort() {
        return server.getImap().getPort();
    }

    public Path folder() {
        return folder;
    }

    /** Every mail received so far, oldest first. */
    public List<MimeMessage> all() {
        return Arrays.asList(server.getReceivedMessages());
    }

    /** The mails to one address, oldest first. */
    public List<MimeMessage> to(String address) {
        return all().stream().filter(message -> recipients(message).contains(address.toLowerCase(Locale.ROOT)))
                .toList();
    }

    /** Waits until a mail to {@code address} matches, and answers it. */
    public MimeMessage await(String address, Predicate<MimeMessage> wanted, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            for (MimeMessage message : to(address)) {
                if (wanted.test(message)) {
                    return message;
                }
            }
            sleep(Duration.ofMillis(200));
        }
        throw new IllegalStateException("no matching mail to " + address + " within " + timeout.toSeconds()
                + " s; mails to that address: " + to(address).stream().map(Mailbox::subject).toList());
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> recipients(MimeMessage message) {
        try {
            Address[] all = message.getAllRecipients();
            return all == null
                    ? List.of()
                    : Arrays.stream(all).map(a -> a.toString().toLowerCase(Locale.ROOT)).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes each new mail to the folder, numbered in order of arrival. */
    private void saveArrivals() {
        while (!Thread.currentThread().isInterrupted()) {
            MimeMessage[] received = server.getReceivedMessages();
            for (; saved < received.length; saved++) {
                save(saved + 1, received[saved]);
            }
            if (!sleep(Duration.ofMillis(500))) {
                return;
            }
        }
    }

    private void save(int number, MimeMessage message) {
        String to = recipients(message).stream().findFirst().orElse("unknown");
        // the start time keeps the mails of an earlier run of the stack (kept in .data/mail) from being overwritten
        String name = "%d-%04d-%s.eml".formatted(started, number, to.replaceAll("[^a-z0-9@._-]", "_"));
        try (OutputStream out = Files.newOutputStream(folder.resolve(name))) {
            message.writeTo(out);
        } catch (IOException | MessagingException e) {
            // the mail stays readable over IMAP; say so instead of losing the file without a word
            System.err.println("mail server: could not save mail " + number + " to " + folder + " ("
                    + e.getClass().getSimpleName() + "); read it over IMAP");
        }
    }

    private static boolean sleep(Duration duration) {
        try {
            Thread.sleep(duration);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        saver.interrupt();
        server.stop();
    }
}
