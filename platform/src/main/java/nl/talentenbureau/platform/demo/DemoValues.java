package nl.talentenbureau.platform.demo;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The settings that still hold one of their public demo values (the defaults in application.properties, the
 * Compose demo env file, the demo overlay's secrets). A plain rule: the service declares which keys have which demo
 * values, the lookup gives the effective value of a key; only key names come out, never a value (they are secrets).
 */
public final class DemoValues {

    private DemoValues() {
    }

    /** The keys whose effective value is one of their demo values, in key order. */
    public static List<String> stillDemo(Map<String, List<String>> demoValues,
            Function<String, Optional<String>> effective) {
        return new TreeMap<>(demoValues).entrySet().stream()
                .filter(entry -> effective.apply(entry.getKey())
                        .filter(value -> entry.getValue().stream().anyMatch(demo -> demo.equals(value)))
                        .isPresent())
                .map(Map.Entry::getKey)
                .toList();
    }

    /** What a service that finds demo values says before it stops: which settings, and the two ways out. */
    public static String refusal(String service, List<String> settings) {
        return service + " refuses to start in the prod profile: " + String.join(", ", settings)
                + (settings.size() == 1 ? " still has a public demo value." : " still have public demo values.")
                + " Set a secret of your own (README, Configuration and Running in production),"
                + " or set TALENTENBUREAU_DEMO=true when this runs as a demo with the demo realm.";
    }
}
