package nl.talentenbureau.matching.projection;

import static io.restassured.RestAssured.given;
import static nl.talentenbureau.matching.support.RequestEvent.anOpenRequest;
import static nl.talentenbureau.matching.support.VolunteerEvent.aVolunteer;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import nl.talentenbureau.matching.support.Feeds;
import nl.talentenbureau.platform.follower.FeedFollowers;
import nl.talentenbureau.platform.testing.Tokens;

@QuarkusTest
class ProjectionSummaryResourceTest {

    @Inject
    EntityManager em;

    @Inject
    FeedFollowers followers;

    @Test
    void theSummaryCountsAndChecksumsEqualOnesComputedHereFromTheRows() {
        // make sure both tables and both cursors hold something, whatever ran before (no consent: out of the
        // index the other tests rank)
        Feeds.volunteerEvent("VolunteerRegistered", aVolunteer().inKern("genemuiden").withoutConsent());
        Feeds.requestEvent("RequestOpened", anOpenRequest("summary-test-org").inKern("genemuiden"));
        followers.catchUp(Feeds.VOLUNTEERS);
        followers.catchUp(Feeds.REQUESTS);

        JsonPath summary = given().auth().oauth2(Tokens.service()).when().get("/internal/projection/summary").then()
                .statusCode(200).contentType("application/json").extract().jsonPath();

        List<String> volunteers = lines("volunteer_projection");
        List<String> requests = lines("request_projection");
        assertThat(summary.getLong("volunteers.count")).isEqualTo(volunteers.size()).isPositive();
        assertThat(summary.getString("volunteers.checksum")).isEqualTo(md5(String.join("\n", volunteers)));
        assertThat(summary.getLong("requests.count")).isEqualTo(requests.size()).isPositive();
        assertThat(summary.getString("requests.checksum")).isEqualTo(md5(String.join("\n", requests)));
        assertThat(summary.getLong("cursors.volunteers")).isEqualTo(cursor("volunteers")).isPositive();
        assertThat(summary.getLong("cursors.requests")).isEqualTo(cursor("requests")).isPositive();
    }

    @Test
    void theChecksumOfNothingIsTheMd5OfTheEmptyString() {
        assertThat(md5("")).isEqualTo("d41d8cd98f00b204e9800998ecf8427e");
        assertThat(QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                select coalesce(md5(string_agg(cast(id as text), chr(10))), md5(''))
                from volunteer_projection where false""").getSingleResult()))
                .isEqualTo("d41d8cd98f00b204e9800998ecf8427e");
    }

    @Test
    void onlyTheServiceRoleReadsTheSummary() {
        for (String token : List.of(Tokens.coordinator("summary-test-org"), Tokens.admin(),
                Tokens.volunteer("summary-volunteer"), Tokens.partner("summary-test-org"))) {
            given().auth().oauth2(token).when().get("/internal/projection/summary").then().statusCode(403)
                    .contentType("application/problem+json");
        }
        given().when().get("/internal/projection/summary").then().statusCode(401);
    }

    /** The lines {@code id:version}, ordered here (by the id's text, which is PostgreSQL's uuid order). */
    @SuppressWarnings("unchecked")
    private List<String> lines(String table) {
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("select cast(id as text), version from " + table).getResultList());
        return rows.stream().map(row -> row[0] + ":" + row[1]).sorted(Comparator.naturalOrder())
                .collect(Collectors.toList());
    }

    private long cursor(String feed) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select position from feed_cursor where feed = ?1").setParameter(1, feed)
                .getSingleResult()).longValue());
    }

    private static String md5(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
            return String.format("%032x", new BigInteger(1, digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
