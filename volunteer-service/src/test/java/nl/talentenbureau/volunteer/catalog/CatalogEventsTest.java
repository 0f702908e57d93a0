package nl.talentenbureau.volunteer.catalog;

import static nl.talentenbureau.volunteer.support.Api.as;
import static nl.talentenbureau.volunteer.support.Api.created;
import static nl.talentenbureau.volunteer.support.VolunteerBuilder.aVolunteer;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import nl.talentenbureau.platform.testing.Feed;
import nl.talentenbureau.platform.testing.Tokens;

/** The catalogue in the feed: what an admin changes, what V3 wrote for the shipped data, and that both agree. */
@QuarkusTest
class CatalogEventsTest {

    /** Per kind: its event type, its table, and the payload's keys (nothing else may appear). */
    private record Kind(String prefix, String type, String table, Set<String> keys) {
    }

    private static final Kind KERN = new Kind("kern", "KernChanged", "kern",
            Set.of("code", "name", "municipality", "lat", "lon", "note"));
    private static final Kind THEME = new Kind("theme", "ThemeChanged", "theme",
            Set.of("code", "nameNl", "nameEn", "source"));
    private static final Kind TALENT = new Kind("talent", "TalentChanged", "talent",
            Set.of("code", "theme", "nameNl", "nameEn", "retiredAt"));
    private static final Kind TRAINING = new Kind("training", "TrainingChanged", "training",
            Set.of("code", "nameNl", "nameEn", "validYears", "retiredAt"));
    private static final List<Kind> KINDS = List.of(KERN, THEME, TALENT, TRAINING);

    @Inject
    CatalogFeed feed;
    @Inject
    KernRepository kernen;
    @Inject
    ThemeRepository themes;
    @Inject
    TalentRepository talents;
    @Inject
    TrainingRepository trainings;
    @Inject
    EntityManager entityManager;
    @Inject
    ObjectMapper objectMapper;

    @Test
    void anAdminAddingATalentPublishesItsSnapshot() {
        String code = "talent-" + UUID.randomUUID().toString().substring(0, 8);
        long cursor = Feed.head();
        as(Tokens.admin()).body(Map.of("code", code, "theme", "practical", "nameNl", "Fietsen repareren", "nameEn",
                "Bike repair")).post("/api/catalog/talents").then().statusCode(201);

        Map<String, Object> event = onlyEventOf(cursor, "talent:" + code);
        assertThat(event).containsEntry("aggregateType", "catalog").containsEntry("type", "TalentChanged");
        Map<String, Object> expected = new HashMap<>(Map.of("code", code, "theme", "practical", "nameNl",
                "Fietsen repareren", "nameEn", "Bike repair"));
        expected.put("retiredAt", null);
        assertThat(payloadOf(event)).isEqualTo(expected);
    }

    @Test
    void anAdminAddingATrainingPublishesItsSnapshotWithItsValidity() {
        String code = "training-" + UUID.randomUUID().toString().substring(0, 8);
        long cursor = Feed.head();
        as(Tokens.admin()).body(Map.of("code", code, "nameNl", "Valpreventie", "nameEn", "Fall prevention",
                "validYears", 3)).post("/api/catalog/trainings").then().statusCode(201);

        Map<String, Object> event = onlyEventOf(cursor, "training:" + code);
        assertThat(event).containsEntry("aggregateType", "catalog").containsEntry("type", "TrainingChanged");
        Map<String, Object> expected = new HashMap<>(Map.of("code", code, "nameNl", "Valpreventie", "nameEn",
                "Fall prevention", "validYears", 3));
        expected.put("retiredAt", null);
        assertThat(payloadOf(event)).isEqualTo(expected);
    }

    @Test
    void retiringPublishesTheNewSnapshotOnce() {
        String talent = "talent-" + UUID.randomUUID().toString().substring(0, 8);
        String training = "training-" + UUID.randomUUID().toString().substring(0, 8);
        as(Tokens.admin()).body(Map.of("code", talent, "theme", "health", "nameNl", "Yoga", "nameEn", "Yoga"))
                .post("/api/catalog/talents").then().statusCode(201);
        as(Tokens.admin()).body(Map.of("code", training, "nameNl", "Tillen", "nameEn", "Lifting"))
                .post("/api/catalog/trainings").then().statusCode(201);
        long cursor = Feed.head();

        as(Tokens.admin()).post("/api/catalog/talents/" + talent + "/retire").then().statusCode(200);
        as(Tokens.admin()).post("/api/catalog/trainings/" + training + "/retire").then().statusCode(200);
        // retiring again changes nothing, so it publishes nothing
        as(Tokens.admin()).post("/api/catalog/talents/" + talent + "/retire").then().statusCode(200);
        as(Tokens.admin()).post("/api/catalog/trainings/" + training + "/retire").then().statusCode(200);

        Map<String, Object> retiredTalent = payloadOf(onlyEventOf(cursor, "talent:" + talent));
        assertThat(retiredTalent).containsEntry("code", talent).containsEntry("theme", "health")
                .containsEntry("nameEn", "Yoga");
        assertThat(instant(retiredTalent.get("retiredAt"))).isEqualTo(listedRetiredAt("talents", talent));
        Map<String, Object> retiredTraining = payloadOf(onlyEventOf(cursor, "training:" + training));
        assertThat(retiredTraining).containsEntry("code", training).containsEntry("validYears", null);
        assertThat(instant(retiredTraining.get("retiredAt"))).isEqualTo(listedRetiredAt("trainings", training));
    }

    /** V3 wrote one event per entry that existed when it ran; everything added later has an event of its own. */
    @Test
    void theMigrationPublishedEveryShippedEntryOnce() {
        List<Map<String, Object>> events = Feed.eventsAfter(0, "catalog");
        // the migration's events come first and share its transaction's now(); Java writes each at its own instant
        Object migratedAt = events.getFirst().get("occurredAt");
        List<Map<String, Object>> migrated = events.stream().filter(e -> migratedAt.equals(e.get("occurredAt")))
                .toList();
        Map<String, String> firstEventType = new LinkedHashMap<>();
        Set<String> migratedIds = migrated.stream().map(e -> (String) e.get("aggregateId"))
                .collect(Collectors.toSet());
        events.forEach(e -> firstEventType.putIfAbsent((String) e.get("aggregateId"), (String) e.get("type")));

        for (Kind kind : KINDS) {
            List<String> migratedCodes = migrated.stream().filter(e -> kind.type().equals(e.get("type")))
                    .map(CatalogEventsTest::codeOf).toList();
            List<String> rows = codesIn(kind.table());
            Set<String> addedLater = rows.stream().filter(code -> !migratedIds.contains(kind.prefix() + ":" + code))
                    .collect(Collectors.toSet());
            assertThat(migratedCodes).as(kind.type() + " from the migration").doesNotHaveDuplicates()
                    .hasSize(rows.size() - addedLater.size())
                    .containsExactlyInAnyOrderElementsOf(rows.stream().filter(c -> !addedLater.contains(c)).toList());
            assertThat(addedLater).as("entries added at runtime have an event of their own")
                    .allSatisfy(code -> assertThat(firstEventType).containsEntry(kind.prefix() + ":" + code,
                            kind.type()));
        }
        // kernen and themes have no admin operation: the migration covered every row
        assertThat(migrated).filteredOn(e -> "KernChanged".equals(e.get("type"))).hasSize(codesIn("kern").size())
                .extracting(e -> e.get("aggregateId")).contains("kern:breukelen", "kern:ijhorst");
        assertThat(migrated).filteredOn(e -> "ThemeChanged".equals(e.get("type"))).hasSize(codesIn("theme").size());
        assertThat(migrated).filteredOn(e -> "TalentChanged".equals(e.get("type")))
                .extracting(e -> e.get("aggregateId")).contains("talent:driving", "talent:digital-help");
        assertThat(migrated).filteredOn(e -> "TrainingChanged".equals(e.get("type")))
                .extracting(e -> e.get("aggregateId")).contains("training:first-aid", "training:digicoach");
    }

    /** Applying every catalogue event from 0 (upsert by code) gives exactly the catalogue in the database. */
    @Test
    void aConsumerReadingTheFeedFromZeroHoldsTheWholeCatalogue() {
        as(Tokens.admin()).body(Map.of("code", "talent-" + UUID.randomUUID().toString().substring(0, 8), "theme",
                "meaning", "nameNl", "Zingen", "nameEn", "Singing")).post("/api/catalog/talents").then()
                .statusCode(201);
        Map<String, Map<String, Object>> projection = new HashMap<>();
        for (Map<String, Object> event : Feed.eventsAfter(0, "catalog")) {
            projection.put((String) event.get("aggregateId"), payloadAsStored(event));
        }
        Map<String, Map<String, Object>> catalogue = new HashMap<>();
        for (Kind kind : KINDS) {
            catalogue.putAll(sqlSnapshots(kind));
        }
        assertThat(projection).isEqualTo(catalogue);
    }

    /** The migration's payload of a shipped entry is what the Java code writes for the unchanged entry. */
    @Test
    void theMigrationAndTheJavaCodeWriteTheSamePayload() {
        Map<String, Runnable> republish = new LinkedHashMap<>();
        republish.put("kern:loenersloot", () -> feed.publish(kernen.findById("loenersloot")));
        republish.put("kern:breukelen", () -> feed.publish(kernen.findById("breukelen")));
        republish.put("theme:digital", () -> feed.publish(themes.findById("digital")));
        republish.put("talent:driving", () -> feed.publish(talents.findById("driving")));
        republish.put("training:first-aid", () -> feed.publish(trainings.findById("first-aid")));
        republish.put("training:digicoach", () -> feed.publish(trainings.findById("digicoach")));

        for (Map.Entry<String, Runnable> entry : republish.entrySet()) {
            String aggregateId = entry.getKey();
            Map<String, Object> fromMigration = Feed.eventsAfter(0, "catalog").stream()
                    .filter(e -> aggregateId.equals(e.get("aggregateId"))).findFirst().orElseThrow();
            long cursor = Feed.head();
            QuarkusTransaction.requiringNew().run(entry.getValue());
            Map<String, Object> fromJava = onlyEventOf(cursor, aggregateId);

            assertThat(fromJava.get("type")).isEqualTo(fromMigration.get("type"));
            Map<String, Object> java = payloadAsStored(fromJava);
            Map<String, Object> sql = payloadAsStored(fromMigration);
            assertThat(java.keySet()).as(aggregateId + " keys").isEqualTo(sql.keySet());
            assertThat(java).as(aggregateId + " values").isEqualTo(sql);
        }
    }

    /** Retired entries carry a timestamp: Jackson's text of it and the migration's to_char must agree to the digit. */
    @Test
    void aRetiredEntryHasTheSamePayloadInJavaAndInTheMigrationsFunctions() {
        String talent = "talent-" + UUID.randomUUID().toString().substring(0, 8);
        String training = "training-" + UUID.randomUUID().toString().substring(0, 8);
        as(Tokens.admin()).body(Map.of("code", talent, "theme", "practical", "nameNl", "Klok", "nameEn", "Clock"))
                .post("/api/catalog/talents").then().statusCode(201);
        as(Tokens.admin()).body(Map.of("code", training, "nameNl", "Rijden", "nameEn", "Driving", "validYears", 5))
                .post("/api/catalog/trainings").then().statusCode(201);
        long cursor = Feed.head();
        as(Tokens.admin()).post("/api/catalog/talents/" + talent + "/retire").then().statusCode(200);
        as(Tokens.admin()).post("/api/catalog/trainings/" + training + "/retire").then().statusCode(200);

        assertThat(payloadAsStored(onlyEventOf(cursor, "talent:" + talent)))
                .isEqualTo(sqlSnapshots(TALENT).get("talent:" + talent));
        assertThat(payloadAsStored(onlyEventOf(cursor, "training:" + training)))
                .isEqualTo(sqlSnapshots(TRAINING).get("training:" + training));
    }

    @Test
    void catalogueEventsCarryNoPersonalData() {
        long cursor = Feed.head();
        String name = "Catalogue " + UUID.randomUUID();
        String email = "catalogue-" + UUID.randomUUID() + "@example.org";
        UUID volunteer = created(Tokens.coordinator("kwadraad"), aVolunteer().named(name).with("email", email)
                .with("phone", "+31 6 98765432").withTalent("driving", 2));
        String code = "talent-" + UUID.randomUUID().toString().substring(0, 8);
        as(Tokens.admin()).body(Map.of("code", code, "theme", "practical", "nameNl", "Verhuizen", "nameEn",
                "Moving")).post("/api/catalog/talents").then().statusCode(201);

        String raw = as(Tokens.service()).queryParam("after", cursor).queryParam("aggregateType", "catalog")
                .get("/internal/events").then().statusCode(200).contentType(ContentType.JSON).extract().asString();
        assertThat(raw).contains("talent:" + code).doesNotContain(name).doesNotContain(email)
                .doesNotContain("98765432").doesNotContain(volunteer.toString());

        Map<String, Set<String>> keysPerType = KINDS.stream().collect(Collectors.toMap(Kind::type, Kind::keys));
        for (Map<String, Object> event : Feed.eventsAfter(0, "catalog")) {
            assertThat(keysPerType).containsKey((String) event.get("type"));
            assertThat(payloadOf(event).keySet()).as("payload of " + event.get("aggregateId"))
                    .isEqualTo(keysPerType.get((String) event.get("type")));
        }
    }

    private static Map<String, Object> onlyEventOf(long cursor, String aggregateId) {
        List<Map<String, Object>> mine = Feed.eventsAfter(cursor, "catalog").stream()
                .filter(e -> aggregateId.equals(e.get("aggregateId"))).toList();
        assertThat(mine).as("events of " + aggregateId).hasSize(1);
        return mine.getFirst();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> payloadOf(Map<String, Object> event) {
        return (Map<String, Object>) event.get("payload");
    }

    private static String codeOf(Map<String, Object> event) {
        String id = (String) event.get("aggregateId");
        return id.substring(id.indexOf(':') + 1);
    }

    /** The payload as the outbox holds it, parsed by Jackson (REST Assured would read decimals as floats). */
    private Map<String, Object> payloadAsStored(Map<String, Object> event) {
        long seq = ((Number) event.get("seq")).longValue();
        String json = QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("select cast(payload as text) from outbox_event where position = ?1")
                .setParameter(1, seq).getSingleResult());
        return parse(json);
    }

    /** Every row of a kind as the migration's snapshot function writes it, by aggregate id. */
    private Map<String, Map<String, Object>> sqlSnapshots(Kind kind) {
        String query = "select '" + kind.prefix() + ":' || t.code, cast(catalog_" + kind.prefix()
                + "_snapshot(t) as text) from " + kind.table() + " t";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = QuarkusTransaction.requiringNew()
                .call(() -> entityManager.createNativeQuery(query).getResultList());
        Map<String, Map<String, Object>> snapshots = new HashMap<>();
        rows.forEach(row -> snapshots.put((String) row[0], parse((String) row[1])));
        return snapshots;
    }

    private List<String> codesIn(String table) {
        @SuppressWarnings("unchecked")
        List<String> codes = QuarkusTransaction.requiringNew()
                .call(() -> entityManager.createNativeQuery("select code from " + table).getResultList());
        return codes;
    }

    private Map<String, Object> parse(String json) {
        try {
            return objectMapper.readValue(json, new TypeReference<Map<String, Object>>() {
            });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(Object text) {
        return Instant.parse((String) text);
    }

    private static Instant listedRetiredAt(String list, String code) {
        String listed = as(Tokens.volunteer("v")).get("/api/catalog/" + list).then().statusCode(200).extract()
                .path("find { it.code == '" + code + "' }.retiredAt");
        return OffsetDateTime.parse(listed).toInstant();
    }
}
