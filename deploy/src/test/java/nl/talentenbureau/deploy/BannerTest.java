package nl.talentenbureau.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BannerTest {

    /** A newcomer can do the story by hand: the web address, both log-ins and the request to open. */
    @Test
    void theStoryByHandNamesTheWebAddressBothLogInsAndTheRequest() {
        String story = Banner.storyLines("http://localhost:8080");
        assertThat(story).contains("http://localhost:8080/")
                .contains(DemoAccounts.COORDINATOR_HANDJEHELPEN.username() + " / "
                        + DemoAccounts.COORDINATOR_HANDJEHELPEN.password())
                .contains(DemoAccounts.VOLUNTEER_ANNA.username() + " / " + DemoAccounts.VOLUNTEER_ANNA.password())
                .contains(DemoRequests.STORY_TITLE);
    }
}
