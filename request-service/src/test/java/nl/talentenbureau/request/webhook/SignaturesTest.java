package nl.talentenbureau.request.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.talentenbureau.request.support.StandardWebhooks;

class SignaturesTest {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long TIMESTAMP = 1614265330;
    private static final byte[] BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);

    @Test
    void theSignatureIsTheStandardWebhooksExample() {
        // the example of the Standard Webhooks specification and its reference libraries
        assertThat(Signatures.header(List.of(SECRET), ID, TIMESTAMP, BODY))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void aChangedBodyIdOrTimestampDoesNotVerify() {
        String header = Signatures.header(List.of(SECRET), ID, TIMESTAMP, BODY);

        assertThat(Signatures.verify(SECRET, ID, TIMESTAMP, BODY, header)).isTrue();
        assertThat(Signatures.verify(SECRET, ID, TIMESTAMP, "{}".getBytes(StandardCharsets.UTF_8), header)).isFalse();
        assertThat(Signatures.verify(SECRET, "msg_other", TIMESTAMP, BODY, header)).isFalse();
        assertThat(Signatures.verify(SECRET, ID, TIMESTAMP + 1, BODY, header)).isFalse();
        assertThat(Signatures.verify(Signatures.newSecret(), ID, TIMESTAMP, BODY, header)).isFalse();
    }

    @Test
    void twoSecretsGiveTwoSignaturesThatAReceiverChecksIndependently() {
        String fresh = Signatures.newSecret();
        String header = Signatures.header(List.of(fresh, SECRET), ID, TIMESTAMP, BODY);
        String body = new String(BODY, StandardCharsets.UTF_8);

        assertThat(header.split(" ")).hasSize(2);
        assertThat(StandardWebhooks.verifies(fresh, ID, Long.toString(TIMESTAMP), body, header)).isTrue();
        assertThat(StandardWebhooks.verifies(SECRET, ID, Long.toString(TIMESTAMP), body, header)).isTrue();
    }

    @Test
    void secretsIssuedBeforeStillWorkAsStandardWebhooksSecrets() {
        String hexSecret = "whsec_" + "0123456789abcdef".repeat(4);
        String header = Signatures.header(List.of(hexSecret), ID, TIMESTAMP, BODY);

        assertThat(StandardWebhooks.verifies(hexSecret, ID, Long.toString(TIMESTAMP), new String(BODY,
                StandardCharsets.UTF_8), header)).isTrue();
    }

    @Test
    void everySecretIsNew() {
        String secret = Signatures.newSecret();

        assertThat(secret).startsWith("whsec_").isNotEqualTo(Signatures.newSecret());
        assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
    }
}
