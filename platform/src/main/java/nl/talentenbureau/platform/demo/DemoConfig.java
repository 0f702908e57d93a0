package nl.talentenbureau.platform.demo;

import java.util.List;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * {@code platform.demo.*}: whether the service runs as a demo ({@code TALENTENBUREAU_DEMO}), and the demo values of
 * its secrets, one line per key: {@code platform.demo.values."quarkus.datasource.password"=talentenbureau,demo-db}.
 */
@ConfigMapping(prefix = "platform.demo")
public interface DemoConfig {

    /** True only where the stack says it is a demo (the local stack, Compose with demo.env, the demo overlay). */
    @WithDefault("false")
    boolean enabled();

    /** Config key to its public demo values. */
    Map<String, List<String>> values();
}
