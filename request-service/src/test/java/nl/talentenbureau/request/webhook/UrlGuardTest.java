package nl.talentenbureau.request.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.talentenbureau.platform.problem.ProblemException;

class UrlGuardTest {

    /** Literal addresses resolve without DNS; "partner.example" resolves to a public address here. */
    private static final UrlGuard.Resolver RESOLVER = host -> host.equals("partner.example")
            ? new InetAddress[]{InetAddress.getByName("93.184.216.34")}
            : InetAddress.getAllByName(host);

    private final UrlGuard strict = new UrlGuard(true, false, false, RESOLVER);

    @ParameterizedTest
    @ValueSource(strings = {
            "https://127.0.0.1/hook",
            "https://[::1]/hook",
            "https://10.0.0.5/hook",
            "https://172.16.3.4/hook",
            "https://192.168.1.10/hook",
            "https://169.254.169.254/latest/meta-data",
            "https://[fe80::1]/hook",
            "https://[fd00::1]/hook",
            "https://100.64.0.1/hook",
            "https://0.0.0.0/hook",
            "http://partner.example/hook",
            "ftp://partner.example/hook",
            "https://user:pw@partner.example/hook",
            "not a url"})
    void refusesUrlsIntoOurNetworkOrWithoutHttps(String url) {
        assertThatThrownBy(() -> strict.check(url)).isInstanceOf(ProblemException.class)
                .hasMessageStartingWith("url:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://partner.example/hook", "https://93.184.216.34:8443/hooks?x=1"})
    void acceptsHttpsToAPublicAddress(String url) {
        assertThat(strict.check(url).getHost()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/hook", "http://localhost:9000/hook"})
    void theTestSettingsAllowPlainHttpToLoopbackOnly(String url) {
        UrlGuard tests = new UrlGuard(false, true, false, RESOLVER);

        assertThat(tests.check(url).getHost()).isNotBlank();
        assertThatThrownBy(() -> tests.check("http://192.168.1.10/hook")).isInstanceOf(ProblemException.class);
    }
}
