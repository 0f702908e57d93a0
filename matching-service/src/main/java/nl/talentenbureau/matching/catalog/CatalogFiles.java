package nl.talentenbureau.matching.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The catalogue this service ships (resources {@code catalog/}): kernen with centroids, talent and training codes,
 * copied from volunteer-service's catalogue data. Lines starting with {@code #} are comments.
 */
public final class CatalogFiles {

    private CatalogFiles() {
    }

    public static KernDistances kernen() {
        List<Kern> kernen = new ArrayList<>();
        for (String line : lines("catalog/kernen.csv")) {
            if (line.startsWith("code,")) {
                continue;
            }
            String[] fields = line.split(",");
            kernen.add(new Kern(fields[0], Double.parseDouble(fields[1]), Double.parseDouble(fields[2])));
        }
        return new KernDistances(kernen);
    }

    public static Codes talents() {
        return Codes.of(lines("catalog/talents.txt"));
    }

    public static Codes trainings() {
        return Codes.of(lines("catalog/trainings.txt"));
    }

    private static List<String> lines(String resource) {
        InputStream in = CatalogFiles.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is not on the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
