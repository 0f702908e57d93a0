package nl.talentenbureau.deploy;

import java.time.Duration;
import java.util.List;

/** What the launcher prints once the stack is ready: addresses, log-ins and commands to paste. */
final class Banner {

    private Banner() {
    }

    static String text(Keycloak keycloak, Postgres postgres, Mailbox mailbox, List<ServiceSpec> services,
            String dataLine, Duration took) {
        // clients use the one public entry: the gateway when it runs, else the first service
        String entry = services.stream().filter(s -> s.module().equals(LocalStack.GATEWAY)).findFirst()
                .orElse(services.getFirst()).url();
        StringBuilder text = new StringBuilder();
        text.append("""

                ===============================================================================
                 Talentenbureau local stack is ready, %d s after the command started
                ===============================================================================
                 web app            %s   (open this in a browser; sign in on Keycloak's page)
                 Keycloak           %s   (admin console %s/admin, master realm: %s / %s)
                 realm              %s
                 PostgreSQL         %s<service>   (user %s / %s)
                """.formatted(took.toSeconds(), entry + "/", keycloak.url(), keycloak.url(), Keycloak.CONSOLE_USER,
                Keycloak.CONSOLE_PASSWORD, keycloak.realmUrl(), postgres.jdbcBase(), Postgres.USER,
                Postgres.PASSWORD));
        text.append(mailLines(mailbox));
        for (ServiceSpec service : services) {
            if (service.hasDatabase()) {
                text.append(" %-18s %s   (Swagger UI %s/q/swagger-ui)%n".formatted(service.module(), service.url(),
                        service.url()));
            } else if (service.module().equals(LocalStack.WEB)) {
                text.append(" %-18s %s   (the pages; people open them through the gateway at %s/)%n".formatted(
                        service.module(), service.url(), entry));
            } else {
                text.append(" %-18s %s   (the public entry: Swagger UI %s/swagger-ui/, OpenAPI %s/openapi)%n"
                        .formatted(service.module(), service.url(), service.url(), service.url()));
            }
        }
        text.append(" ").append(dataLine).append(System.lineSeparator());
        text.append(storyLines(entry));
        text.append(System.lineSeparator())
                .append(" Demo log-ins (realm talentenbureau, password = user name; on " + entry
                        + "/ or with client " + DemoAccounts.CLI_CLIENT + "):")
                .append(System.lineSeparator());
        for (DemoAccounts.User user : DemoAccounts.USERS) {
            text.append("   %-26s %-12s %s%n".formatted(user.username(), user.role(),
                    user.organisation() == null ? "" : user.organisation()));
        }
        text.append(" Client credentials (client id / secret):").append(System.lineSeparator());
        for (DemoAccounts.Client client : DemoAccounts.CLIENTS) {
            text.append("   %-26s %-28s %-8s %s%n".formatted(client.clientId(), client.secret(),
                    client.role() == null ? "" : client.role(),
                    client.organisation() == null ? "" : client.organisation()));
        }
        text.append(System.lineSeparator()).append(" Try it:").append(System.lineSeparator());
        curlCommands(keycloak.tokenUrl(), entry).forEach(
                command -> text.append("   ").append(command).append(System.lineSeparator()));
        text.append(System.lineSeparator())
                .append(" Logs in .data/logs. Ctrl-C stops everything; data stays in .data (--reset wipes it).");
        return text.toString();
    }

    /** The story to try by hand in a browser, with its two log-ins. */
    static String storyLines(String entry) {
        DemoAccounts.User coordinator = DemoAccounts.COORDINATOR_HANDJEHELPEN;
        DemoAccounts.User volunteer = DemoAccounts.VOLUNTEER_ANNA;
        return """

                 Try the web app (%s/):
                   1. sign in as %s / %s: the start page lists HandjeHelpen's open
                      requests; open "%s", see its candidates (volunteer-anna first) and propose her
                   2. in another browser (or a private window) sign in as %s / %s: the offer is
                      under "Mijn aanbod"; open it and accept
                   3. back as the coordinator, the request's page shows the match ACCEPTED
                   the language switch at the top of every page gives English
                """.formatted(entry, coordinator.username(), coordinator.password(), DemoRequests.STORY_TITLE,
                volunteer.username(), volunteer.password());
    }

    /** Where every mail of the stack arrives and how to read it. */
    static String mailLines(Mailbox mailbox) {
        return """
                 mail               every mail (invitations, password resets, offers) stays here: SMTP %s:%d
                                    read them as files in %s (open a .eml with any mail program)
                                    or over IMAP %s:%d (user = the address, any password)
                """.formatted(Mailbox.HOST, mailbox.smtpPort(), mailbox.folder(), Mailbox.HOST, mailbox.imapPort());
    }

    /** Get a token, list volunteers, read the catalogue. */
    static List<String> curlCommands(String tokenUrl, String entry) {
        DemoAccounts.User user = DemoAccounts.COORDINATOR_WELZIJN;
        return List.of(
                "TOKEN=$(curl -s " + tokenUrl + " -d grant_type=password -d client_id=" + DemoAccounts.CLI_CLIENT
                        + " -d username=" + user.username() + " -d password=" + user.password()
                        + " | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/')",
                "curl -s -H \"Authorization: Bearer $TOKEN\" '" + entry
                        + "/api/volunteers?kern=breukelen&status=ACTIVE&size=5'",
                "curl -s -H \"Authorization: Bearer $TOKEN\" " + entry + "/api/catalog/talents");
    }
}
