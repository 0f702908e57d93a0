package nl.talentenbureau.request.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Which addresses a webhook may be sent to, as a table of ranges. Loopback and private ranges can be allowed by
 * configuration (the tests' receiver, an on-premises install); the rest of the table is never reachable: it is
 * either not a unicast host on the internet (this-network, multicast, broadcast, reserved, documentation,
 * benchmarking) or a way to reach an IPv4 address through an IPv6 one (IPv4-mapped and -compatible, NAT64, 6to4,
 * Teredo), which would carry a private IPv4 address past a check that looks at IPv6 rules only.
 */
final class AddressRanges {

    /** What an address is, for the guard. */
    enum Kind {
        PUBLIC,
        LOOPBACK,
        PRIVATE,
        NEVER
    }

    private record Range(byte[] prefix, int bits, Kind kind) {

        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int whole = bits / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != prefix[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (address[whole] & mask) == (prefix[whole] & mask);
        }
    }

    /** Checked in order: the first range that contains the address decides (::1 before ::/96). */
    private static final List<Range> TABLE = List.of(
            range("127.0.0.0/8", Kind.LOOPBACK),
            range("::1/128", Kind.LOOPBACK),
            range("10.0.0.0/8", Kind.PRIVATE),
            range("172.16.0.0/12", Kind.PRIVATE),
            range("192.168.0.0/16", Kind.PRIVATE),
            range("100.64.0.0/10", Kind.PRIVATE), // carrier-grade NAT
            range("169.254.0.0/16", Kind.PRIVATE), // link-local, cloud metadata
            range("fc00::/7", Kind.PRIVATE), // unique local
            range("fe80::/10", Kind.PRIVATE), // link-local
            range("fec0::/10", Kind.PRIVATE), // site-local (deprecated)
            range("0.0.0.0/8", Kind.NEVER), // this network
            range("192.0.0.0/24", Kind.NEVER), // IETF protocol assignments
            range("192.0.2.0/24", Kind.NEVER), // documentation
            range("198.18.0.0/15", Kind.NEVER), // benchmarking
            range("198.51.100.0/24", Kind.NEVER), // documentation
            range("203.0.113.0/24", Kind.NEVER), // documentation
            range("224.0.0.0/4", Kind.NEVER), // multicast
            range("240.0.0.0/4", Kind.NEVER), // reserved, broadcast
            range("::/96", Kind.NEVER), // unspecified and IPv4-compatible ::a.b.c.d
            range("::ffff:0:0/96", Kind.NEVER), // IPv4-mapped, when held as IPv6
            range("64:ff9b::/96", Kind.NEVER), // NAT64
            range("64:ff9b:1::/48", Kind.NEVER), // local-use NAT64
            range("100::/64", Kind.NEVER), // discard
            range("2001::/32", Kind.NEVER), // Teredo
            range("2001:db8::/32", Kind.NEVER), // documentation
            range("2002::/16", Kind.NEVER), // 6to4
            range("ff00::/8", Kind.NEVER)); // multicast

    private AddressRanges() {
    }

    static Kind of(InetAddress address) {
        byte[] bytes = address.getAddress();
        for (Range range : TABLE) {
            if (range.contains(bytes)) {
                return range.kind();
            }
        }
        return Kind.PUBLIC;
    }

    private static Range range(String cidr, Kind kind) {
        String[] parts = cidr.split("/");
        try {
            // a literal: no lookup; IPv4-mapped literals would become IPv4, so build IPv6 bytes by hand for those
            byte[] prefix = parts[0].startsWith("::ffff:")
                    ? new byte[]{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0, 0, 0}
                    : InetAddress.getByName(parts[0]).getAddress();
            return new Range(prefix, Integer.parseInt(parts[1]), kind);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(cidr, e);
        }
    }
}
