package nl.talentenbureau.request.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class SignaturesTest {

    @Test
    void theSignatureIsTheHexHmacSha256OfTheBody() {
        // RFC 4231 test case 2
        String signature = Signatures.sign("Jefe", "what do ya want for nothing?".getBytes(StandardCharsets.UTF_8));

        assertThat(signature)
                .isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void aChangedBodyDoesNotVerify() {
        byte[] body = "{\"status\":\"MATCHED\"}".getBytes(StandardCharsets.UTF_8);
        String signature = Signatures.sign("secret", body);

        assertThat(Signatures.verify("secret", body, signature)).isTrue();
        assertThat(Signatures.verify("secret", "{\"status\":\"OPEN\"}".getBytes(StandardCharsets.UTF_8), signature))
                .isFalse();
        assertThat(Signatures.verify("other", body, signature)).isFalse();
    }

    @Test
    void everySecretIsNew() {
        assertThat(Signatures.newSecret()).startsWith("whsec_").hasSize(6 + 64).isNotEqualTo(Signatures.newSecret());
    }
}
