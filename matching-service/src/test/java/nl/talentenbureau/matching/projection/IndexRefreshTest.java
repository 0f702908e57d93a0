package nl.talentenbureau.matching.projection;

import static io.restassured.RestAssured.given;
import static nl.talentenbureau.matching.support.RequestEvent.anOpenRequest;
import static nl.talentenbureau.matching.support.VolunteerEvent.aVolunteer;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import nl.talentenbureau.matching.support.Feeds;
import nl.talentenbureau.matching.support.RequestEvent;
import nl.talentenbureau.matching.support.VolunteerEvent;
import nl.talentenbureau.platform.follower.FeedFollowers;
import nl.talentenbureau.platform.follower.FollowedEvent;
import nl.talentenbureau.platform.testing.Tokens;

/**
 * Several replicas share one projection: a page applied by another replica (here: applied straight through the
 * writer, without this replica's poller and its rebuild) reaches this replica's index on the next refresh check.
 */
@QuarkusTest
class IndexRefreshTest {

    private static final String ORG = "refresh-test-org";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    FeedFollowers followers;

    @Inject
    ProjectionWriter writer;

    @Inject
    CurrentIndex index;

    @Test
    void aVolunteerAppliedByAnotherReplicaIsRankedAfterTheNextCheck() throws Exception {
        RequestEvent request = anOpenRequest(ORG).inKern("vledder");
        Feeds.requestEvent("RequestOpened", request);
        followers.catchUp(Feeds.REQUESTS);
        index.rebuildIfChanged();
        assertThat(index.rebuildIfChanged()).as("nothing changed since the last build").isFalse();

        VolunteerEvent volunteer = aVolunteer().inKern("vledder");
        long seq = Feeds.volunteerEvent("VolunteerRegistered", volunteer);
        // another replica applies the event: the projection moves, this replica's index does not
        FollowedEvent event = new FollowedEvent(seq, "VolunteerRegistered", "volunteer",
                volunteer.id().toString(), OffsetDateTime.now(), JSON.readTree(volunteer.json()));
        QuarkusTransaction.requiringNew().run(() -> writer.applyVolunteer(event));
        assertThat(rankedFor(request)).doesNotContain(volunteer.id().toString());

        assertThat(index.rebuildIfChanged()).isTrue();
        assertThat(rankedFor(request)).contains(volunteer.id().toString());
        assertThat(index.rebuildIfChanged()).isFalse();
    }

    private static List<String> rankedFor(RequestEvent request) {
        return given().auth().oauth2(Tokens.coordinator(ORG)).queryParam("requestId", request.id().toString())
                .queryParam("limit", 100).when().get("/api/candidates").then().statusCode(200).extract().jsonPath()
                .getList("candidates.volunteerId");
    }
}
