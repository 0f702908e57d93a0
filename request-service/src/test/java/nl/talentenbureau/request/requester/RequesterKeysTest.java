package nl.talentenbureau.request.requester;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequesterKeysTest {

    private final RequesterKeys keys = new RequesterKeys("test-secret");

    @Test
    void oneNumberWrittenThreeWaysIsOneRequester() {
        String key = keys.identityOf("Mevrouw J. de Boer", "+31 6 12345678", "Kerkstraat 12");
        assertThat(keys.identityOf("Jannie de Boer", "06-1234 5678", null)).isEqualTo(key);
        assertThat(keys.identityOf("J. de Boer", "0031 6 12 34 56 78", "Dorpsstraat 1")).isEqualTo(key);
        assertThat(key).matches("[0-9a-f]{64}");
    }

    @Test
    void anotherNumberIsAnotherRequester() {
        assertThat(keys.identityOf("J. de Boer", "+31 6 12345678", null))
                .isNotEqualTo(keys.identityOf("J. de Boer", "+31 6 12345679", null));
    }

    @Test
    void withoutAPhoneTheNameAndAddressCountIgnoringCaseAccentsAndPunctuation() {
        assertThat(keys.identityOf("Mevrouw  Ü. de Boër", null, "Kerkstraat 12, Breukelen"))
                .isEqualTo(keys.identityOf("mevrouw u de boer", null, "kerkstraat 12 breukelen"));
        assertThat(keys.identityOf("J. de Boer", null, "Kerkstraat 12"))
                .isNotEqualTo(keys.identityOf("J. de Boer", null, "Kerkstraat 14"));
    }

    @Test
    void theKeyDependsOnTheSecretAndNamesNothing() {
        String key = keys.identityOf("J. de Boer", "+31 6 12345678", null);
        assertThat(new RequesterKeys("other-secret").identityOf("J. de Boer", "+31 6 12345678", null))
                .isNotEqualTo(key);
        assertThat(key).doesNotContain("12345678").doesNotContain("boer");
    }

    @Test
    void nothingToIdentifyGivesNoKey() {
        assertThat(keys.identityOf(null, null, null)).isNull();
        assertThat(keys.identityOf("  ", "12", null)).isNull();
    }

    @Test
    void theFeedsKeyIsRandomNotDerivedFromTheContactDetails() {
        assertThat(RequesterKeys.newKey()).matches("[0-9a-f]{64}").isNotEqualTo(RequesterKeys.newKey());
    }
}
