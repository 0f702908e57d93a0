package nl.talentenbureau.request.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

import nl.talentenbureau.platform.problem.ProblemException;

/**
 * Keeps webhook URLs from pointing into our own network (server-side request forgery): https only, no user info,
 * and every address the host resolves to must be public ({@link AddressRanges}), unless configuration allows
 * loopback (the tests' local receiver) or private addresses. Checked at registration and again before every
 * delivery, since DNS can change.
 * <p>
 * The host is resolved once per check and the answer names the address that was checked: the sender connects to
 * exactly that address (DNS rebinding cannot swap it for another between the check and the connection). Every
 * refusal is the same answer, naming neither the host nor what it resolved to, so a partner cannot use the guard
 * to learn which internal names exist.
 */
public final class UrlGuard {

    /** The one answer to every refused URL. */
    static final String REFUSED = "must be an https URL of a public host";

    private final boolean requireHttps;
    private final boolean allowLoopback;
    private final boolean allowPrivate;
    private final Resolver resolver;

    /** Host name to addresses; {@link InetAddress#getAllByName} outside unit tests. */
    public interface Resolver {

        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** A URL that passed, and the address it was checked at: the one to connect to. */
    public record Target(URI uri, InetAddress address) {

        public String host() {
            return uri.getHost();
        }

        public boolean https() {
            return uri.getScheme().equalsIgnoreCase("https");
        }

        public int port() {
            return uri.getPort() != -1 ? uri.getPort() : https() ? 443 : 80;
        }
    }

    public UrlGuard(boolean requireHttps, boolean allowLoopback, boolean allowPrivate, Resolver resolver) {
        this.requireHttps = requireHttps;
        this.allowLoopback = allowLoopback;
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /** The URL with the address to connect to; 400 ({@link #REFUSED}) when it is malformed or not allowed. */
    public Target check(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw refused();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && !requireHttps)) {
            throw refused();
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw refused();
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(uri.getHost());
        } catch (UnknownHostException | RuntimeException e) {
            throw refused();
        }
        if (addresses == null || addresses.length == 0) {
            throw refused();
        }
        for (InetAddress address : addresses) {
            if (!allowed(address)) {
                throw refused();
            }
        }
        return new Target(uri, addresses[0]);
    }

    private boolean allowed(InetAddress address) {
        return switch (AddressRanges.of(address)) {
            case PUBLIC -> true;
            case LOOPBACK -> allowLoopback;
            case PRIVATE -> allowPrivate;
            case NEVER -> false;
        };
    }

    private static ProblemException refused() {
        return ProblemException.invalid("url", REFUSED);
    }
}
