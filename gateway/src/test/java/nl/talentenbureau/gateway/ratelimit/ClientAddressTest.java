package nl.talentenbureau.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private final ClientAddress behindIngress = new ClientAddress(List.of("10.0.0.0/8", "fd00::/8", " 192.0.2.1 "));

    @Test
    void aTrustedProxyNamesTheClient() {
        assertThat(behindIngress.of("10.1.2.3", "203.0.113.7")).isEqualTo("203.0.113.7");
    }

    @Test
    void anUntrustedPeerCannotChooseItsBucketWithTheHeader() {
        assertThat(behindIngress.of("203.0.113.7", "198.51.100.1")).isEqualTo("203.0.113.7");
        assertThat(new ClientAddress(List.of()).of("10.1.2.3", "198.51.100.1")).isEqualTo("10.1.2.3");
    }

    @Test
    void whatTheClientWroteInFrontOfTheProxysEntryIsIgnored() {
        // the client sent "X-Forwarded-For: 198.51.100.1"; the Ingress appended the address it saw
        assertThat(behindIngress.of("10.1.2.3", "198.51.100.1, 203.0.113.7")).isEqualTo("203.0.113.7");
    }

    @Test
    void trustedHopsAreSkippedFromTheRight() {
        assertThat(behindIngress.of("10.1.2.3", "203.0.113.7, 192.0.2.1, 10.9.9.9")).isEqualTo("203.0.113.7");
        assertThat(behindIngress.of("fd12::1", "2001:db8::5")).isEqualTo("2001:db8:0:0:0:0:0:5");
    }

    @Test
    void aHopThatIsNoAddressEndsTheWalk() {
        assertThat(behindIngress.of("10.1.2.3", "evil.example, 203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(behindIngress.of("10.1.2.3", "unknown")).isEqualTo("10.1.2.3");
        assertThat(behindIngress.of("10.1.2.3", null)).isEqualTo("10.1.2.3");
    }

    @Test
    void aBadEntryIsRefusedAtStart() {
        assertThatThrownBy(() -> new ClientAddress(List.of("ingress-nginx")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("trusted-proxies");
        assertThatThrownBy(() -> new ClientAddress(List.of("10.0.0.0/33")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
