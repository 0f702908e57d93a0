package nl.talentenbureau.deploy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Distinct random values written into the fields a client can set, and the scans that look for them afterwards:
 * every row of every table of every database, Keycloak's database file, every page of the services' feeds, the mails
 * and the logs. A value is searched for by its random part, lower case (services may lower-case e-mail addresses).
 */
final class Canaries {

    /** One value in one field; {@code needle} is what a scan looks for. */
    record Canary(String field, String value, String needle) {
    }

    /** Where a canary was found. */
    record Hit(String where, Canary canary) {

        @Override
        public String toString() {
            return where + " holds " + canary.field() + " (" + canary.needle() + ")";
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final List<Canary> canaries = new ArrayList<>();

    /** A free-text value {@code canary-<hex>}. */
    String text(String field) {
        String hex = hex();
        return add(field, "canary-" + hex, hex);
    }

    /** A person's name: Keycloak wants a first and a last name, so two words, the random one last. */
    String name(String field) {
        String hex = hex();
        return add(field, "Canary " + hex, hex);
    }

    /** A valid e-mail address whose local part is the canary. */
    String email(String field) {
        String hex = hex();
        return add(field, "canary-" + hex + "@it.example", hex);
    }

    /** A valid Dutch mobile number whose eight random digits are the canary. */
    String phone(String field) {
        String digits = "%08d".formatted(RANDOM.nextInt(100_000_000));
        return add(field, "+316" + digits, "316" + digits);
    }

    /** A value made elsewhere (a URL of the webhook receiver), known by its random {@code part}. */
    String other(String field, String value, String part) {
        return add(field, value, part);
    }

    /** A random part for {@link #other}. */
    static String hex() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private String add(String field, String value, String needle) {
        canaries.add(new Canary(field, value, needle.toLowerCase(Locale.ROOT)));
        return value;
    }

    List<Canary> all() {
        return List.copyOf(canaries);
    }

    int count() {
        return canaries.size();
    }

    /** The distinct fields the canaries went into. */
    Set<String> fields() {
        Set<String> fields = new LinkedHashSet<>();
        canaries.forEach(c -> fields.add(c.field()));
        return fields;
    }

    /** The canaries {@code text} holds, each named by {@code where}. */
    List<Hit> in(String where, String text) {
        if (text == null) {
            return List.of();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return canaries.stream().filter(c -> lower.contains(c.needle())).map(c -> new Hit(where, c)).toList();
    }

    /** Every database of the embedded PostgreSQL, every table, row and column, read as the superuser. */
    Scan databases(Postgres postgres) {
        List<Hit> hits = new ArrayList<>();
        List<String> databases = new ArrayList<>();
        try (Connection admin = connect(postgres, "postgres");
                Statement statement = admin.createStatement();
                ResultSet names = statement.executeQuery(
                        "select datname from pg_database where not datistemplate order by datname")) {
            while (names.next()) {
                databases.add(names.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the databases", e);
        }
        for (String database : databases) {
            try (Connection connection = connect(postgres, database)) {
                for (String table : tables(connection)) {
                    hits.addAll(rows(connection, database, table));
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot scan database " + database, e);
            }
        }
        return new Scan(databases.size(), hits);
    }

    private static Connection connect(Postgres postgres, String database) throws SQLException {
        // zonky's cluster trusts local connections of its superuser
        return DriverManager.getConnection(postgres.jdbcBase() + database, "postgres", "");
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        """
                                select quote_ident(table_schema) || '.' || quote_ident(table_name) from information_schema.tables
                                where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
                                order by 1""")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    private List<Hit> rows(Connection connection, String database, String table) throws SQLException {
        List<Hit> hits = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select * from " + table)) {
            ResultSetMetaData meta = rows.getMetaData();
            while (rows.next()) {
                for (int column = 1; column <= meta.getColumnCount(); column++) {
                    String where = database + "." + table + "." + meta.getColumnName(column);
                    hits.addAll(in(where, rows.getString(column)));
                    if ("bytea".equals(meta.getColumnTypeName(column)) && rows.getBytes(column) != null) {
                        hits.addAll(in(where, new String(rows.getBytes(column), StandardCharsets.UTF_8)));
                    }
                }
            }
        }
        return hits;
    }

    /**
     * Every file under {@code folder}, read as bytes: Keycloak's dev-file database (H2, locked by Keycloak's process), the
     * logs.
     */
    Scan files(String what, Path folder) {
        List<Hit> hits = new ArrayList<>();
        int count = 0;
        if (!Files.isDirectory(folder)) {
            return new Scan(0, hits);
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path file : paths.filter(Files::isRegularFile).sorted().toList()) {
                count++;
                byte[] bytes = Files.readAllBytes(file);
                // H2 and the logs write strings as UTF-8; every canary is ASCII
                hits.addAll(in(what + " " + folder.relativize(file), new String(bytes, StandardCharsets.ISO_8859_1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder, e);
        }
        return new Scan(count, hits);
    }

    /** Every page of a service's feed, from the start to its head. */
    Scan feed(String service, String url, String token) {
        List<Hit> hits = new ArrayList<>();
        int pages = 0;
        long after = 0;
        while (true) {
            Api.Answer answer = ItStack.api().get(url + "/internal/events?after=" + after + "&limit=1000", token);
            if ((answer.status() == 404 || answer.status() == 405) && pages == 0) {
                // a service that publishes no feed
                return new Scan(0, hits);
            }
            JsonNode page = answer.expect(200, service + "'s feed after " + after).json();
            pages++;
            hits.addAll(in(service + " feed page after=" + after, answer.body()));
            long next = page.path("next").asLong();
            if (page.path("events").isEmpty() || next <= after || next >= page.path("head").asLong()) {
                return new Scan(pages, hits);
            }
            after = next;
        }
    }

    /** Every mail the mail server received. */
    Scan mails(List<MimeMessage> mails) {
        List<Hit> hits = new ArrayList<>();
        int number = 0;
        for (MimeMessage mail : mails) {
            number++;
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            try {
                mail.writeTo(raw);
            } catch (IOException | MessagingException e) {
                throw new IllegalStateException("cannot read mail " + number, e);
            }
            String where = "mail " + number + " (" + Mailbox.subject(mail) + ")";
            Map<String, Hit> distinct = new LinkedHashMap<>();
            for (Hit hit : in(where, raw.toString(StandardCharsets.UTF_8) + "\n" + KeycloakPages.plainText(mail))) {
                distinct.putIfAbsent(hit.canary().needle(), hit);
            }
            hits.addAll(distinct.values());
        }
        return new Scan(number, hits);
    }

    /** How many places were scanned, and what was found. */
    record Scan(int places, List<Hit> hits) {

        /** The hits minus those {@code known} names (a place that starts with one of them). */
        Scan without(List<String> known) {
            return new Scan(places, hits.stream().filter(h -> known.stream().noneMatch(h.where()::startsWith))
                    .toList());
        }
    }
}
