package nl.talentenbureau.platform.feed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Not a test: what the outbox costs a service's writes. Eight writers commit a change and its event, as every write
 * of a service does, while a consumer reads the feed; once the old way (an advisory lock held from the event insert
 * to the commit, the feed read by {@code seq}) and once the new way (no lock, positions given after commit by
 * {@link OutboxSequencer}'s step, run by the consumer's polls), in the same run on the same PostgreSQL with its
 * production settings ({@code fsync} and {@code synchronous_commit} on). It prints writes per second, commit
 * latency, and whether the consumer read every event in order. Command in the platform README.
 */
public final class OutboxBenchmark {

    private static final int WRITERS = 8;
    private static final long MILLIS = Long.getLong("bench.millis", 5_000);
    private static final String OLD_LOCK = "select pg_advisory_xact_lock(127961779236468)";

    private OutboxBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on").start()) {
            DataSource database = postgres.getPostgresDatabase();
            schema(database);
            System.out.printf(Locale.ROOT, "Java %s, %d cores; PostgreSQL %s, fsync %s, synchronous_commit %s; %d "
                    + "writers, %d ms per run%n", Runtime.version(), Runtime.getRuntime().availableProcessors(),
                    setting(database, "server_version"), setting(database, "fsync"),
                    setting(database, "synchronous_commit"), WRITERS, MILLIS);
            System.out.println("| outbox | writes/s | commit p50 | commit p99 | events read in order | missing |");
            System.out.println("|---|---:|---:|---:|---:|---:|");
            Result locked = null;
            Result sequenced = null;
            for (int round = 0; round < 2; round++) { // the first round warms up; the second is printed
                locked = run(database, true);
                sequenced = run(database, false);
            }
            System.out.println(locked.row("lock from insert to commit (before)"));
            System.out.println(sequenced.row("positions after commit (now)"));
            System.out.printf(Locale.ROOT, "%nwrites/s now / before: %.2f; commit p99 before / now: %.2f%n",
                    sequenced.perSecond() / locked.perSecond(), locked.p99Millis() / sequenced.p99Millis());
        }
    }

    private record Result(double perSecond, double p50Millis, double p99Millis, long read, long missing) {

        String row(String name) {
            return String.format(Locale.ROOT, "| %s | %.0f | %.2f ms | %.2f ms | %d | %d |", name, perSecond,
                    p50Millis, p99Millis, read, missing);
        }
    }

    private static Result run(DataSource database, boolean oldLock) throws Exception {
        long start = head(database, oldLock);
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
        try {
            Future<Long> consumer = pool.submit(() -> consume(database, oldLock, start, writing));
            long deadline = System.currentTimeMillis() + MILLIS;
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                writers.add(pool.submit(() -> write(database, oldLock, deadline, latencies)));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
            writing.set(false);
            long read = consumer.get();
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            return new Result(sorted.size() * 1000.0 / MILLIS, sorted.get(sorted.size() / 2) / 1e6,
                    sorted.get(sorted.size() * 99 / 100) / 1e6, read, sorted.size() - read);
        } finally {
            pool.shutdownNow();
        }
    }

    /** One write: a change of about the size of a help request and its event, in one transaction. */
    private static Void write(DataSource database, boolean oldLock, long deadline,
            ConcurrentLinkedQueue<Long> latencies)
            throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement change = connection.prepareStatement("insert into change (body) values (?)");
                PreparedStatement lock = connection.prepareStatement(OLD_LOCK);
                PreparedStatement event = connection.prepareStatement("""
                        insert into outbox_event (event_id, aggregate_type, aggregate_id, event_type, occurred_at,
                        payload) values (gen_random_uuid(), 'bench', 'a', 'Changed', now(), cast(? as jsonb))""")) {
            connection.setAutoCommit(false);
            String body = "x".repeat(400);
            while (System.currentTimeMillis() < deadline) {
                long began = System.nanoTime();
                change.setString(1, body);
                change.executeUpdate();
                if (oldLock) {
                    lock.executeQuery().close();
                }
                event.setString(1, "{\"title\": \"" + body + "\"}");
                event.executeUpdate();
                connection.commit();
                latencies.add(System.nanoTime() - began);
            }
        }
        return null;
    }

    /** A consumer: pages after its cursor every 5 ms; counts the events it reads and checks they come in order. */
    private static long consume(DataSource database, boolean oldLock, long start, AtomicBoolean writing)
            throws SQLException, InterruptedException {
        String column = oldLock ? "seq" : "position";
        long cursor = start;
        long read = 0;
        try (Connection connection = database.getConnection();
                PreparedStatement step = connection.prepareStatement(OutboxSequencer.POSITION_STEP.replace("?1", "?"));
                PreparedStatement tryLock = connection.prepareStatement("select pg_try_advisory_xact_lock(?)");
                PreparedStatement page = connection.prepareStatement("select " + column + " from outbox_event where "
                        + column + " > ? order by " + column + " limit 1000")) {
            while (true) {
                boolean done = !writing.get();
                if (!oldLock) {
                    connection.setAutoCommit(false);
                    tryLock.setLong(1, OutboxSequencer.SEQUENCER_LOCK);
                    try (ResultSet locked = tryLock.executeQuery()) {
                        locked.next();
                        if (locked.getBoolean(1)) {
                            step.setInt(1, OutboxSequencer.STEP);
                            step.executeUpdate();
                        }
                    }
                    connection.commit();
                    connection.setAutoCommit(true);
                }
                page.setLong(1, cursor);
                int rows = 0;
                try (ResultSet events = page.executeQuery()) {
                    while (events.next()) {
                        long seq = events.getLong(1);
                        if (seq <= cursor) {
                            throw new IllegalStateException("out of order: " + seq + " after " + cursor);
                        }
                        cursor = seq;
                        rows++;
                    }
                }
                read += rows;
                if (done && rows == 0) {
                    return read;
                }
                Thread.sleep(5);
            }
        }
    }

    /** Where the consumer starts; before a run the new way, the events the old way wrote get their positions. */
    private static long head(DataSource database, boolean oldLock) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            if (!oldLock) {
                while (statement.executeUpdate(OutboxSequencer.POSITION_STEP.replace("?1", "10000")) > 0) {
                    // until every earlier event has one
                }
            }
        }
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet head = statement.executeQuery("select coalesce(max(" + (oldLock ? "seq" : "position")
                        + "), 0) from outbox_event")) {
            head.next();
            return head.getLong(1);
        }
    }

    private static void schema(DataSource database) throws SQLException, IOException {
        try (InputStream ddl = OutboxBenchmark.class.getResourceAsStream("/db/platform/V0_1__outbox_event.sql");
                Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(new String(ddl.readAllBytes(), StandardCharsets.UTF_8));
            // as the services' migrations do (V..__outbox_positions_after_commit.sql)
            statement.execute("alter table outbox_event add column position bigint");
            statement.execute("create unique index outbox_event_position on outbox_event (position)");
            statement.execute("create index outbox_event_unpositioned on outbox_event (seq) where position is null");
            statement.execute("create table change (id bigserial primary key, body text not null)");
        }
    }

    private static String setting(DataSource database, String name) throws SQLException {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet value = statement.executeQuery("show " + name)) {
            value.next();
            return value.getString(1);
        }
    }
}
