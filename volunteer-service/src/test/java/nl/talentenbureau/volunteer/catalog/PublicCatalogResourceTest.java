package nl.talentenbureau.volunteer.catalog;

import static nl.talentenbureau.volunteer.support.Api.anonymous;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The catalogue's names for anonymous pages: codes and names, nothing else of the catalogue. */
@QuarkusTest
class PublicCatalogResourceTest {

    @Test
    void anyoneReadsTheNamesWithoutATokenAndNothingElseOfTheCatalogue() {
        anonymous().get("/api/public/catalog").then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=300"))
                .body("kernen.code", hasItem("breukelen"))
                .body("kernen.find { it.code == 'breukelen' }.name", equalTo("Breukelen"))
                .body("kernen[0]", not(hasKey("lat"))).body("kernen[0]", not(hasKey("note")))
                .body("themes.code", hasItem("digital"))
                .body("themes.find { it.code == 'digital' }.nameNl", equalTo("Digitale vitaliteit"))
                .body("themes[0]", not(hasKey("source")))
                .body("talents.code", hasItem("digital-help"))
                .body("trainings[0]", hasKey("nameEn"));
    }

    @Test
    void anAcceptWithoutJsonIsAProblem() {
        anonymous().accept("text/csv").get("/api/public/catalog").then().statusCode(406)
                .contentType("application/problem+json");
    }
}
