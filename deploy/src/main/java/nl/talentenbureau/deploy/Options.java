package nl.talentenbureau.deploy;

import java.util.List;

/**
 * The launcher's command line: {@code --reset} wipes {@code .data} first, {@code --no-demo-data} skips loading
 * the demo volunteers and requests, {@code --help} prints the usage.
 */
public record Options(boolean reset, boolean demoData, boolean help) {

    public static final String USAGE = """
            Usage: deploy/local/run [--reset] [--no-demo-data] [--help]

              --reset          wipe .data (PostgreSQL data, Keycloak and its realm, logs) and start afresh
              --no-demo-data   do not load the demo volunteers and help requests
              --help           print this text
            """;

    public static Options parse(String... args) {
        boolean reset = false;
        boolean demoData = true;
        boolean help = false;
        for (String arg : List.of(args)) {
            switch (arg) {
                case "--reset" -> reset = true;
                case "--no-demo-data" -> demoData = false;
                case "--help", "-h" -> help = true;
                default -> throw new IllegalArgumentException("unknown option: " + arg);
            }
        }
        return new Options(reset, demoData, help);
    }
}
