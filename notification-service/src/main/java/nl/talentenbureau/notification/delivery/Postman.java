package nl.talentenbureau.notification.delivery;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

import nl.talentenbureau.notification.rules.DeliveryKey;

/**
 * Renders a letter with the Qute templates (HTML and its text version) and hands it to the SMTP server through the
 * blocking Quarkus {@link Mailer}; throws when the server does not take it. The Message-ID comes from the
 * exactly-once key, so a message sent again after a crash is recognisably the same one.
 */
@ApplicationScoped
public class Postman {

    static final String DOMAIN = "talentenbureau.nl";

    private final Mailer mailer;
    private final Template html;
    private final Template text;

    public Postman(Mailer mailer, @Location("mail/letter.html") Template html,
            @Location("mail/letter.txt") Template text) {
        this.mailer = mailer;
        this.html = html;
        this.text = text;
    }

    void send(String to, Letter letter, String key, nl.talentenbureau.notification.rules.Kind kind) {
        Mail mail = Mail.withHtml(to, letter.subject(), html.data("letter", letter).render())
                .setText(text.data("letter", letter).render())
                .addHeader("Message-ID", DeliveryKey.messageId(key, DOMAIN))
                .addHeader("Content-Language", letter.language())
                .addHeader("X-Talentenbureau-Kind", kind.name());
        mailer.send(mail);
    }
}
