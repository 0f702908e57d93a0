package nl.talentenbureau.deploy.manifests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The checkout the tests read: the root, the service modules (those with an application.properties). */
final class Repository {

    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");

    private Repository() {
    }

    static Path root() {
        String configured = System.getProperty("repository.root");
        Path root = configured != null ? Path.of(configured) : Path.of("..");
        return root.toAbsolutePath().normalize();
    }

    static Path path(String relative) {
        return root().resolve(relative);
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The root pom's modules that are Quarkus services, in build order. */
    static List<ServiceConfiguration> services() {
        List<ServiceConfiguration> services = new ArrayList<>();
        Matcher modules = MODULE.matcher(read(path("pom.xml")));
        while (modules.find()) {
            Path properties = path(modules.group(1)).resolve("src/main/resources/application.properties");
            if (Files.isRegularFile(properties)) {
                services.add(ServiceConfiguration.read(modules.group(1), properties));
            }
        }
        return services;
    }

    static ServiceConfiguration service(String module) {
        return services().stream().filter(s -> s.module().equals(module)).findFirst()
                .orElseThrow(() -> new AssertionError("no service module " + module));
    }

    /** The version every image is tagged with (the Maven project version). */
    static String projectVersion() {
        return System.getProperty("project.version", "0.1.0-SNAPSHOT");
    }
}
