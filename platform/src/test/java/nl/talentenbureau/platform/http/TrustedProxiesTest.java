package nl.talentenbureau.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    @Test
    void rangesAndIpv4AddressesAreSafe() {
        assertThat(TrustedProxies.lookedUpByName(List.of("127.0.0.1", "127.0.0.1/32", "::1/128", "10.0.0.0/8",
                "172.16.0.0/12", "fd00::/8", " 192.168.1.10 "))).isEmpty();
    }

    @Test
    void aBareIpv6AddressIsReadAsAHostNameAndPort() {
        assertThat(TrustedProxies.lookedUpByName(List.of("127.0.0.1", "::1")))
                .containsExactly(
                        "'::1' is read as a host name and port: write an IPv6 address as a range, e.g. ::1/128");
        assertThat(TrustedProxies.lookedUpByName(List.of("[::1]"))).singleElement().asString().contains("::1/128");
    }

    @Test
    void aNameIsLookedUpOnEveryRequest() {
        assertThat(TrustedProxies.lookedUpByName(List.of("gateway", "localhost"))).hasSize(2).first().asString()
                .contains("'gateway' is a name, looked up in DNS on every request");
    }
}
