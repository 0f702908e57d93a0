package nl.talentenbureau.request.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class SecretBoxTest {

    /**
     * Its tail has a character that neither base64 nor a UUID has: a check that it does not show in the sealed text or
     * a message cannot fail by chance (one did: a random webhook id in the message held "abc").
     */
    private static final String SECRET = "whsec_quokka!";
    private static final String TELL = "quokka!";
    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private final SecretBox box = new SecretBox(KEY);
    private final UUID webhook = UUID.randomUUID();

    @Test
    void aSealedSecretOpensForItsWebhookOnly() {
        String sealed = box.seal(SECRET, webhook);

        assertThat(sealed).startsWith("v1.").doesNotContain(TELL);
        assertThat(box.open(sealed, webhook)).isEqualTo(SECRET);
        assertThat(box.seal(SECRET, webhook)).as("a fresh nonce each time").isNotEqualTo(sealed);
        assertThatThrownBy(() -> box.open(sealed, UUID.randomUUID())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anotherKeyDoesNotOpenIt() {
        String sealed = box.seal(SECRET, webhook);
        byte[] other = new byte[32];
        other[0] = 1;

        assertThatThrownBy(() -> new SecretBox(Base64.getEncoder().encodeToString(other)).open(sealed, webhook))
                .isInstanceOf(IllegalStateException.class).hasMessageNotContaining(TELL);
    }

    @Test
    void theDemoKeyIsBase64UrlOf32Bytes() {
        SecretBox demo = new SecretBox("demo-webhook-secret-key-for-the-local-stack");

        assertThat(demo.open(demo.seal(SECRET, webhook), webhook)).isEqualTo(SECRET);
    }

    @Test
    void aKeyOfTheWrongSizeIsRefusedAtStart() {
        assertThatThrownBy(() -> new SecretBox(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> new SecretBox("not base64!")).hasMessageContaining("base64");
    }
}
