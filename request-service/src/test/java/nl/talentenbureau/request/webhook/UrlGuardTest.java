package nl.talentenbureau.request.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.talentenbureau.platform.problem.ProblemException;

class UrlGuardTest {

    /** Literal addresses resolve without DNS; "partner.example" resolves to a public address here. */
    private static final UrlGuard.Resolver RESOLVER = host -> host.equals("partner.example")
            ? new InetAddress[]{InetAddress.getByName("93.184.216.34")}
            : InetAddress.getAllByName(host);

    private static final String REFUSED = "url: must be an https URL of a public host";

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

    /** Addresses that must never be called, whatever the name that resolved to them. */
    @ParameterizedTest
    @ValueSource(strings = {
            "127.0.0.1", "127.255.0.9", "::1",
            "0.0.0.0", "0.1.2.3", "::",
            "10.0.0.5", "172.16.3.4", "172.31.255.255", "192.168.1.10", "100.64.0.1", "100.127.255.254",
            "169.254.169.254", "fe80::1", "fc00::1", "fd12:3456::1", "fec0::1",
            "192.0.0.8", "192.0.2.1", "198.51.100.7", "203.0.113.9",
            "198.18.0.1", "198.19.255.254",
            "240.0.0.1", "255.255.255.255", "224.0.0.1", "239.1.2.3", "ff02::1",
            "64:ff9b::a00:1", "64:ff9b::7f00:1", "64:ff9b:1::a00:1",
            "::a00:1", "::7f00:1", "::ffff:10.0.0.1", "::ffff:127.0.0.1", "::ffff:169.254.169.254",
            "2002:a00:1::1", "2001:0:4136:e378:8000:63bf:3fff:fdd2", "2001:db8::1", "100::1"})
    void refusesEveryAddressThatIsNotPublic(String address) {
        UrlGuard guard = new UrlGuard(true, false, false, host -> new InetAddress[]{literal(address)});

        assertThatThrownBy(() -> guard.check("https://partner.example/hook")).as(address)
                .isInstanceOf(ProblemException.class).hasMessage(REFUSED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "198.17.255.1", "198.20.0.1",
            "2606:2800:220:1:248:1893:25c8:1946", "2a00:1450:4001:82b::200e"})
    void acceptsPublicAddresses(String address) {
        UrlGuard guard = new UrlGuard(true, false, false, host -> new InetAddress[]{literal(address)});

        assertThat(guard.check("https://partner.example/hook").host()).isEqualTo("partner.example");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1/hook", "https://[64:ff9b::a00:1]/hook", "http://partner.example/hook",
            "https://user:pw@partner.example/hook", "https://no-such-name.invalid/hook", "not a url",
            "https://partner.example/hook#x"})
    void everyRefusalIsTheSameAnswerNamingNoHostNorAddress(String url) {
        UrlGuard guard = new UrlGuard(true, false, false, host -> {
            if (host.equals("partner.example")) {
                return new InetAddress[]{literal("93.184.216.34")};
            }
            throw new UnknownHostException(host);
        });

        assertThatThrownBy(() -> guard.check(url)).isInstanceOf(ProblemException.class).hasMessage(REFUSED);
    }

    private static InetAddress literal(String address) {
        try {
            return InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(address, e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://partner.example/hook", "https://93.184.216.34:8443/hooks?x=1"})
    void acceptsHttpsToAPublicAddress(String url) {
        assertThat(strict.check(url).uri().getHost()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/hook", "http://localhost:9000/hook"})
    void theTestSettingsAllowPlainHttpToLoopbackOnly(String url) {
        UrlGuard tests = new UrlGuard(false, true, false, RESOLVER);

        assertThat(tests.check(url).uri().getHost()).isNotBlank();
        assertThatThrownBy(() -> tests.check("http://192.168.1.10/hook")).isInstanceOf(ProblemException.class);
    }
}
