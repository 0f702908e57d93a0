package nl.talentenbureau.platform.http;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Which entries of {@code quarkus.http.proxy.trusted-proxies} Quarkus would resolve by name. Quarkus takes an entry
 * that is neither a CIDR range nor an IP address it can parse as a host name, and then makes a DNS client and looks
 * the name up on every request that arrives: each request waits for DNS (5 s when the name server does not answer)
 * and leaves a UDP socket open. {@code ::1} is such an entry: read as host and port, it is host {@code :}, port 1.
 * Only CIDR ranges ({@code 10.0.0.0/8}, {@code ::1/128}) and IPv4 addresses are safe.
 */
public final class TrustedProxies {

    private static final Pattern CIDR = Pattern.compile("[0-9a-fA-F.:]+/\\d{1,3}");
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3}\\.){3}\\d{1,3}");

    private TrustedProxies() {
    }

    /** For every entry that would be looked up by name, a sentence saying what to write instead. */
    public static List<String> lookedUpByName(List<String> entries) {
        return entries.stream().map(String::trim).filter(entry -> !entry.isEmpty())
                .filter(entry -> !CIDR.matcher(entry).matches() && !IPV4.matcher(entry).matches())
                .map(TrustedProxies::advice).toList();
    }

    private static String advice(String entry) {
        if (entry.contains(":")) {
            return "'" + entry + "' is read as a host name and port: write an IPv6 address as a range, e.g. "
                    + entry.replace("[", "").replace("]", "") + "/128";
        }
        return "'" + entry + "' is a name, looked up in DNS on every request: write its IP address or range";
    }
}
