package nl.talentenbureau.deploy.manifests;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one service reads from its environment, from its application.properties: every {@code ${NAME:default}}
 * placeholder (NAME in upper case: an environment variable), and the property keys, which Quarkus also maps from
 * environment variables ({@code quarkus.datasource.jdbc.max-size} from {@code QUARKUS_DATASOURCE_JDBC_MAX_SIZE}).
 */
record ServiceConfiguration(String module, Map<String, Placeholder> placeholders, Set<String> propertyKeys) {

    /** An environment variable, its default ("" when none) and the property it sets. */
    record Placeholder(String name, String defaultValue, String property) {
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");

    /** Read by every Quarkus image (the JVM's options), whatever the application configures. */
    private static final Set<String> RUNTIME_ENVIRONMENT = Set.of("JAVA_OPTS_APPEND", "JAVA_MAX_MEM_RATIO",
            "JAVA_INITIAL_MEM_RATIO");

    static ServiceConfiguration read(String module, Path file) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(Repository.read(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Placeholder> placeholders = new LinkedHashMap<>();
        Set<String> keys = new TreeSet<>();
        for (String key : new TreeSet<>(properties.stringPropertyNames())) {
            String profileFree = key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key;
            keys.add(profileFree);
            Matcher placeholder = PLACEHOLDER.matcher(properties.getProperty(key));
            while (placeholder.find()) {
                String defaultValue = placeholder.group(2) == null ? "" : placeholder.group(2);
                placeholders.putIfAbsent(placeholder.group(1),
                        new Placeholder(placeholder.group(1), defaultValue, profileFree));
            }
        }
        return new ServiceConfiguration(module, Collections.unmodifiableMap(placeholders),
                Collections.unmodifiableSet(keys));
    }

    /** The default of quarkus.http.port: the port the service listens on in its container. */
    int httpPort() {
        return placeholders.values().stream().filter(p -> p.property().equals("quarkus.http.port"))
                .map(p -> Integer.parseInt(p.defaultValue())).findFirst()
                .orElseThrow(() -> new AssertionError(module + " sets no quarkus.http.port placeholder"));
    }

    /** The management interface's port (health, metrics): the default of its quarkus.management.port placeholder. */
    int managementPort() {
        return placeholders.values().stream().filter(p -> p.property().equals("quarkus.management.port"))
                .map(p -> Integer.parseInt(p.defaultValue())).findFirst()
                .orElseThrow(() -> new AssertionError(module + " sets no quarkus.management.port placeholder"));
    }

    /** Whether the service reads this environment variable: a placeholder, a mapped property key, or the JVM's. */
    boolean reads(String environmentVariable) {
        return placeholders.containsKey(environmentVariable) || RUNTIME_ENVIRONMENT.contains(environmentVariable)
                || propertyKeys.stream().anyMatch(key -> environmentName(key).equals(environmentVariable));
    }

    /** Quarkus' (MicroProfile Config's) environment name of a property: non-alphanumerics to _, upper case. */
    static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }
}
