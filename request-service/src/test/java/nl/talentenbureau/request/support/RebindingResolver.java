package nl.talentenbureau.request.support;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.spi.InetAddressResolver;
import java.net.spi.InetAddressResolverProvider;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The JVM's name resolver in the tests (installed through {@code META-INF/services}): a DNS server that rebinds.
 * A name under {@code .rebind.test} resolves to 127.0.0.1 (the test receiver) the first {@value #HONEST} times and to
 * the private {@value #INTERNAL} after that, as a hostile partner's DNS would answer once the guard has looked. Every
 * other name goes to the JVM's own resolver. Needs {@code sun.net.inetaddr.ttl=0} (no JVM cache), set in the pom.
 */
public final class RebindingResolver extends InetAddressResolverProvider {

    public static final String SUFFIX = ".rebind.test";
    public static final int HONEST = 2;
    public static final String INTERNAL = "10.255.255.1";
    private static final Map<String, AtomicInteger> LOOKUPS = new ConcurrentHashMap<>();

    @Override
    public InetAddressResolver get(Configuration configuration) {
        InetAddressResolver builtin = configuration.builtinResolver();
        return new InetAddressResolver() {

            @Override
            public Stream<InetAddress> lookupByName(String host, LookupPolicy policy) throws UnknownHostException {
                if (!host.endsWith(SUFFIX)) {
                    return builtin.lookupByName(host, policy);
                }
                int lookup = LOOKUPS.computeIfAbsent(host, h -> new AtomicInteger()).incrementAndGet();
                String answer = lookup <= HONEST ? "127.0.0.1" : INTERNAL;
                return Stream.of(InetAddress.getByAddress(host, InetAddress.getByName(answer).getAddress()));
            }

            @Override
            public String lookupByAddress(byte[] addr) throws UnknownHostException {
                return builtin.lookupByAddress(addr);
            }
        };
    }

    @Override
    public String name() {
        return "rebinding test resolver";
    }
}
