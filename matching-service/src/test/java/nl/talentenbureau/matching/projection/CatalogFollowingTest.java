package nl.talentenbureau.matching.projection;

import static io.restassured.RestAssured.given;
import static nl.talentenbureau.matching.support.RequestEvent.anOpenRequest;
import static nl.talentenbureau.matching.support.VolunteerEvent.aVolunteer;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import nl.talentenbureau.matching.support.CatalogEvents;
import nl.talentenbureau.matching.support.Feeds;
import nl.talentenbureau.matching.support.RequestEvent;
import nl.talentenbureau.matching.support.VolunteerEvent;
import nl.talentenbureau.platform.follower.FeedFollowers;
import nl.talentenbureau.platform.testing.StubFeeds;
import nl.talentenbureau.platform.testing.Tokens;

/**
 * The catalogue comes from volunteer-service's feed: a kern, talent and training an admin adds at runtime are matched
 * and scored like the shipped ones, as soon as their events are applied.
 */
@QuarkusTest
class CatalogFollowingTest {

    private static final String ORG = "catalog-following-org";

    @Inject
    FeedFollowers followers;

    @Test
    void aKernTalentAndTrainingAddedAtRuntimeAreMatchedAndScoredLikeTheShippedOnes() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String kern = "nieuwdorp-" + suffix;
        String talent = "bike-repair-" + suffix;
        String training = "bike-safety-" + suffix;
        StubFeeds.append(CatalogEvents.kern(kern, 52.9, 6.9));
        StubFeeds.append(CatalogEvents.talent(talent));
        StubFeeds.append(CatalogEvents.training(training, 3));
        VolunteerEvent trained = aVolunteer().inKern(kern).withTalent(talent, 3)
                .withTraining(training, LocalDate.now().plusYears(1).toString());
        VolunteerEvent untrained = aVolunteer().inKern(kern).withTalent(talent, 3);
        Feeds.volunteerEvent("VolunteerRegistered", trained);
        Feeds.volunteerEvent("VolunteerRegistered", untrained);
        RequestEvent request = anOpenRequest(ORG).inKern(kern).needsTalent(talent, 2).needsTraining(training);
        Feeds.requestEvent("RequestOpened", request);

        followers.catchUp(Feeds.VOLUNTEERS);
        followers.catchUp(Feeds.REQUESTS);

        JsonPath answer = candidates(request);
        List<Map<String, Object>> ranked = answer.getList("candidates");
        assertThat(ranked).extracting(c -> c.get("volunteerId")).containsExactly(trained.id().toString());
        assertThat(answer.getDouble("candidates[0].components.find { it.component == 'SKILLS' }.value"))
                .as("the new talent held above the minimum scores in full").isEqualTo(1.0);
        assertThat(answer.getDouble("candidates[0].components.find { it.component == 'DISTANCE' }.value"))
                .as("same new kern").isEqualTo(1.0);
        assertThat(answer.getInt("excluded.find { it.reason == 'MISSING_TRAINING' }.count"))
                .as("only the volunteer without the new training").isEqualTo(1);
    }

    private static JsonPath candidates(RequestEvent request) {
        return given().auth().oauth2(Tokens.coordinator(ORG)).queryParam("requestId", request.id().toString())
                .queryParam("limit", 100).when().get("/api/candidates").then().statusCode(200).extract().jsonPath();
    }
}
