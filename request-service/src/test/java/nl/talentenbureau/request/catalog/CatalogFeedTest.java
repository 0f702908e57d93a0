package nl.talentenbureau.request.catalog;

import static nl.talentenbureau.request.support.Api.as;
import static nl.talentenbureau.request.support.RequestBuilder.aRequest;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.talentenbureau.platform.follower.FeedFollowers;
import nl.talentenbureau.platform.testing.StubFeeds;
import nl.talentenbureau.platform.testing.Tokens;
import nl.talentenbureau.request.support.CatalogEvents;

/** A talent an admin adds in volunteer-service reaches intake through the catalogue feed, and so does retiring it. */
@QuarkusTest
class CatalogFeedTest {

    private final String partner = Tokens.partner("cf-" + UUID.randomUUID().toString().substring(0, 8));

    @Inject
    FeedFollowers followers;

    @Test
    void aTalentAddedAtRuntimeIsAcceptedOnceItsEventIsAppliedAndRefusedOnceRetired() {
        String talent = "knitting-" + UUID.randomUUID().toString().substring(0, 8);
        followers.catchUp(CatalogFeedConsumer.FEED);
        as(partner).body(aRequest().needingTalent(talent, 1).build()).post("/api/requests").then().statusCode(422);

        StubFeeds.append(CatalogFeedConsumer.FEED, "TalentChanged", "catalog", "talent:" + talent,
                CatalogEvents.talentPayload(talent));
        followers.catchUp(CatalogFeedConsumer.FEED);
        as(partner).body(aRequest().needingTalent(talent, 1).build()).post("/api/requests").then().statusCode(201);

        StubFeeds.append(CatalogFeedConsumer.FEED, "TalentChanged", "catalog", "talent:" + talent,
                CatalogEvents.talentPayload(talent).replace("\"retiredAt\": null",
                        "\"retiredAt\": \"2026-11-30T10:00:00.000000Z\""));
        followers.catchUp(CatalogFeedConsumer.FEED);
        as(partner).body(aRequest().needingTalent(talent, 1).build()).post("/api/requests").then().statusCode(422);
    }
}
