package nl.talentenbureau.gateway.routing;

import java.net.URI;
import java.util.List;

/**
 * A service behind the gateway: its name, the public prefixes it owns and where it lives.
 */
public record Upstream(String name, List<String> prefixes, URI url) {

    /** True when {@code path} is one of the prefixes or lies below one ({@code /api/volunteers/42}). */
    public boolean owns(String path) {
        for (String prefix : prefixes) {
            if (covers(prefix, path)) {
                return true;
            }
        }
        return false;
    }

    /** The prefix itself or a path below it, by whole segments: {@code /api/requests} does not cover {@code /api/requestsx}. */
    private static boolean covers(String prefix, String path) {
        return path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/');
    }

    /**
     * The path as the gateway's HTTP metrics name it: the prefix that owns it, and {@code /*} for anything below
     * (the ids in a path would otherwise make a timer each, without bound).
     */
    public String metricsPath(String path) {
        String owner = null;
        for (String prefix : prefixes) {
            if (covers(prefix, path) && (owner == null || prefix.length() > owner.length())) {
                owner = prefix;
            }
        }
        if (owner == null) {
            return path;
        }
        return path.equals(owner) ? owner : owner + "/*";
    }

    public String host() {
        return url.getHost();
    }

    public int port() {
        if (url.getPort() != -1) {
            return url.getPort();
        }
        return "https".equals(url.getScheme()) ? 443 : 80;
    }

    public boolean ssl() {
        return "https".equals(url.getScheme());
    }
}
