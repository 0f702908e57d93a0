package nl.talentenbureau.deploy.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * The README's "Configuration" table names every environment variable a service reads (every ${NAME:default} in an
 * application.properties), and nothing that no service reads. A new setting makes this fail until it has its row.
 */
class ConfigurationTableTest {

    @Test
    void theReadmeTableNamesEveryEnvironmentVariableOfEveryService() {
        Set<String> table = documented();
        Set<String> read = new TreeSet<>();
        Set<String> missing = new TreeSet<>();
        for (ServiceConfiguration service : Repository.services()) {
            for (String name : service.placeholders().keySet()) {
                read.add(name);
                if (!table.contains(service.module() + " " + name)) {
                    missing.add(service.module() + " " + name);
                }
            }
        }
        assertThat(missing).as("rows missing from README.md, section Configuration (service, variable)").isEmpty();
        // a row may also name the environment form of a property key (Quarkus maps QUARKUS_X_Y to quarkus.x.y)
        Set<String> stale = new TreeSet<>(table);
        stale.removeIf(row -> Repository.services().stream().anyMatch(s -> s.module().equals(
                row.substring(0, row.indexOf(' '))) && s.reads(row.substring(row.indexOf(' ') + 1))));
        assertThat(stale).as("rows in README.md's Configuration table that no service reads").isEmpty();
        System.out.printf("ConfigurationTableTest: %d rows, %d environment variables%n", table.size(), read.size());
    }

    /** "service variable" of each row: | `service` | `VARIABLE` | `property` | default | meaning | */
    private static Set<String> documented() {
        String readme = Repository.read(Repository.path("README.md"));
        int start = readme.indexOf("\n## Configuration");
        assertThat(start).as("README.md has a section ## Configuration").isPositive();
        int end = readme.indexOf("\n## ", start + 1);
        String section = readme.substring(start, end < 0 ? readme.length() : end);
        Set<String> rows = new TreeSet<>();
        for (String line : section.split("\n")) {
            String[] cells = line.split("\\|");
            if (line.startsWith("|") && cells.length > 3 && cells[2].trim().startsWith("`")) {
                String service = cells[1].trim().replace("`", "");
                String variable = cells[2].trim().replace("`", "");
                for (String each : service.split(",\\s*")) {
                    rows.add(each.trim() + " " + variable);
                }
            }
        }
        return rows;
    }
}
