package nl.talentenbureau.gateway.ratelimit;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * The address an anonymous client is limited by. Behind the Ingress every call arrives from the controller's pod,
 * so the peer address alone would put every anonymous client into one bucket (one attacker sending expired tokens
 * would make every other caller's expired token a 429). {@code X-Forwarded-For} is believed only when the direct peer
 * is a configured trusted proxy, and then from the right: each trusted proxy appends the address it saw, so the
 * right-most entry that is not a trusted proxy is the first one no client could have written itself. A client
 * that talks to the gateway directly cannot pick its bucket by sending the header.
 */
public final class ClientAddress {

    private final List<Cidr> trusted;

    public ClientAddress(List<String> trustedProxies) {
        this.trusted = trustedProxies.stream().map(String::strip).filter(entry -> !entry.isEmpty()).map(Cidr::parse)
                .toList();
    }

    /** The client's address: the peer's, or, from a trusted proxy, the forwarded one. */
    public String of(String peer, String forwardedFor) {
        if (peer == null || forwardedFor == null || !isTrusted(peer)) {
            return peer == null ? "unknown" : peer;
        }
        String[] hops = forwardedFor.split(",");
        String client = peer;
        for (int i = hops.length - 1; i >= 0; i--) {
            Optional<String> hop = literal(hops[i].strip());
            if (hop.isEmpty()) {
                // a hop that is not an address was written by someone we cannot vouch for: stop at the last good one
                return client;
            }
            client = hop.get();
            if (!isTrusted(client)) {
                return client;
            }
        }
        return client;
    }

    private boolean isTrusted(String address) {
        Optional<byte[]> bytes = bytes(address);
        return bytes.isPresent() && trusted.stream().anyMatch(cidr -> cidr.contains(bytes.get()));
    }

    /** The hop as a normalised address literal; never a name lookup. */
    private static Optional<String> literal(String hop) {
        return bytes(hop).map(ClientAddress::text);
    }

    private static Optional<byte[]> bytes(String address) {
        String bare = address.startsWith("[") && address.endsWith("]")
                ? address.substring(1, address.length() - 1)
                : address;
        boolean ipv4 = bare.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
        boolean ipv6 = bare.contains(":") && bare.matches("[0-9A-Fa-f:.]+");
        if (!ipv4 && !ipv6) {
            return Optional.empty();
        }
        try {
            // a literal only (checked above), so getByName does not ask DNS
            return Optional.of(InetAddress.getByName(bare).getAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static String text(byte[] address) {
        try {
            return InetAddress.getByAddress(address).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An address or a range ({@code 10.0.0.0/8}, {@code fd00::/8}). */
    record Cidr(byte[] network, int prefix) {

        static Cidr parse(String entry) {
            int slash = entry.indexOf('/');
            String address = slash < 0 ? entry : entry.substring(0, slash);
            byte[] network = bytes(address).orElseThrow(() -> new IllegalArgumentException(
                    "gateway.rate-limit.trusted-proxies: not an IP address or range: " + entry));
            int prefix = slash < 0 ? network.length * 8 : Integer.parseInt(entry.substring(slash + 1));
            if (prefix < 0 || prefix > network.length * 8) {
                throw new IllegalArgumentException("gateway.rate-limit.trusted-proxies: bad prefix in " + entry);
            }
            return new Cidr(network, prefix);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int shift = network.length * 8 - prefix;
            return new BigInteger(1, address).shiftRight(shift).equals(new BigInteger(1, network).shiftRight(shift));
        }
    }
}
