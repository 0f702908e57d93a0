package nl.talentenbureau.request.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class SecretBoxTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private final SecretBox box = new SecretBox(KEY);
    private final UUID webhook = UUID.randomUUID();

    @Test
    void aSealedSecretOpensForItsWebhookOnly() {
        String sealed = box.seal("whsec_abc", webhook);

        assertThat(sealed).startsWith("v1.").doesNotContain("abc");
        assertThat(box.open(sealed, webhook)).isEqualTo("whsec_abc");
        assertThat(box.seal("whsec_abc", webhook)).as("a fresh nonce each time").isNotEqualTo(sealed);
        assertThatThrownBy(() -> box.open(sealed, UUID.randomUUID())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anotherKeyDoesNotOpenIt() {
        String sealed = box.seal("whsec_abc", webhook);
        byte[] other = new byte[32];
        other[0] = 1;

        assertThatThrownBy(() -> new SecretBox(Base64.getEncoder().encodeToString(other)).open(sealed, webhook))
                .isInstanceOf(IllegalStateException.class).hasMessageNotContaining("abc");
    }

    @Test
    void theDemoKeyIsBase64UrlOf32Bytes() {
        SecretBox demo = new SecretBox("demo-webhook-secret-key-for-the-local-stack");

        assertThat(demo.open(demo.seal("whsec_abc", webhook), webhook)).isEqualTo("whsec_abc");
    }

    @Test
    void aKeyOfTheWrongSizeIsRefusedAtStart() {
        assertThatThrownBy(() -> new SecretBox(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> new SecretBox("not base64!")).hasMessageContaining("base64");
    }
}
