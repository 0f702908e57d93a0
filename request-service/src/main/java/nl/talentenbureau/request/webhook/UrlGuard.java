package nl.talentenbureau.request.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

import nl.talentenbureau.platform.problem.ProblemException;

/**
 * Keeps webhook URLs from pointing into our own network (server-side request forgery): https only, no user info,
 * and every address the host resolves to must be public, unless configuration allows loopback (the tests' local
 * receiver) or private addresses. Checked at registration and again before every delivery, since DNS can change.
 */
public final class UrlGuard {

    private final boolean requireHttps;
    private final boolean allowLoopback;
    private final boolean allowPrivate;
    private final Resolver resolver;

    /** Host name to addresses; {@link InetAddress#getAllByName} outside unit tests. */
    public interface Resolver {

        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    public UrlGuard(boolean requireHttps, boolean allowLoopback, boolean allowPrivate, Resolver resolver) {
        this.requireHttps = requireHttps;
        this.allowLoopback = allowLoopback;
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /** The URL, parsed; 400 when it is malformed or not allowed, naming why. */
    public URI check(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw ProblemException.invalid("url", "is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && !requireHttps)) {
            throw ProblemException.invalid("url", requireHttps ? "must be an https URL" : "must be an http(s) URL");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw ProblemException.invalid("url", "must name a host, without user info or fragment");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(uri.getHost());
        } catch (UnknownHostException e) {
            throw ProblemException.invalid("url", "the host cannot be resolved");
        }
        for (InetAddress address : addresses) {
            String refusal = refusal(address);
            if (refusal != null) {
                throw ProblemException.invalid("url", "resolves to " + refusal + " address, which is not allowed");
            }
        }
        return uri;
    }

    private String refusal(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return allowLoopback ? null : "a loopback";
        }
        if (address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return "a wildcard or multicast";
        }
        if (address.isLinkLocalAddress()) {
            return allowPrivate ? null : "a link-local";
        }
        if (address.isSiteLocalAddress() || isUniqueLocal(address) || isSharedOrReserved(address)) {
            return allowPrivate ? null : "a private";
        }
        return null;
    }

    /** IPv6 unique local addresses, fc00::/7. */
    private static boolean isUniqueLocal(InetAddress address) {
        return address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc;
    }

    /** Carrier-grade NAT 100.64.0.0/10 and 0.0.0.0/8. */
    private static boolean isSharedOrReserved(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length != 4) {
            return false;
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        return first == 0 || (first == 100 && second >= 64 && second < 128);
    }
}
