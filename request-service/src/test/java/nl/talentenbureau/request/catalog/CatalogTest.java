package nl.talentenbureau.request.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import nl.talentenbureau.platform.problem.ProblemException;
import nl.talentenbureau.platform.problem.ProblemKind;

/** The intake's code check against the projected catalogue, without Quarkus. */
class CatalogTest {

    private final Map<CatalogList, Map<String, Boolean>> projected = new HashMap<>();
    private final AtomicInteger catchUps = new AtomicInteger();
    private Runnable follow = () -> projected.put(CatalogList.KERNEN, Map.of("breukelen", true));
    private final Catalog catalog = new Catalog(list -> projected.getOrDefault(list, Map.of()), () -> {
        catchUps.incrementAndGet();
        follow.run();
    });

    @Test
    void knownCodesPassAndUnknownOrRetiredOnesAnswer422() {
        projected.put(CatalogList.KERNEN, Map.of("breukelen", true));
        projected.put(CatalogList.TALENTS, Map.of("driving", true, "typewriter-repair", false));

        assertThatCode(() -> catalog.checkKern("kern", "breukelen")).doesNotThrowAnyException();
        assertThatThrownBy(() -> catalog.checkKern("kern", "atlantis")).isInstanceOfSatisfying(
                ProblemException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.UNPROCESSABLE));
        assertThatThrownBy(() -> catalog.checkTalent("talents[0].code", "typewriter-repair"))
                .hasMessageContaining("retired");
        assertThat(catchUps).hasValue(0);
    }

    @Test
    void anEntryAppliedFromTheFeedIsCheckedAtOnce() {
        projected.put(CatalogList.TRAININGS, new HashMap<>(Map.of("first-aid", true)));
        assertThatThrownBy(() -> catalog.checkTraining("trainings[0]", "dementia-basics"))
                .isInstanceOf(ProblemException.class);

        projected.get(CatalogList.TRAININGS).put("dementia-basics", true);

        assertThatCode(() -> catalog.checkTraining("trainings[0]", "dementia-basics")).doesNotThrowAnyException();
    }

    @Test
    void anEmptyListIsFollowedOnceRightThen() {
        assertThatCode(() -> catalog.checkKern("kern", "breukelen")).doesNotThrowAnyException();

        assertThat(catchUps).hasValue(1);
    }

    @Test
    void aListStillEmptyAfterFollowingAnswers503() {
        follow = () -> {
        };

        assertThatThrownBy(() -> catalog.checkTheme("theme", "digital")).isInstanceOfSatisfying(
                ProblemException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.SERVICE_UNAVAILABLE));
    }

    @Test
    void aFeedThatCannotBeReadWhileTheListIsEmptyAnswers503() {
        follow = () -> {
            throw new IllegalStateException("connection refused");
        };

        assertThatThrownBy(() -> catalog.checkTheme("theme", "digital")).isInstanceOfSatisfying(
                ProblemException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.SERVICE_UNAVAILABLE));
    }

    @Test
    void anEmptyDirectoryIsADirectoryWithoutEntriesNotAnUnreachableCatalogue() {
        follow = () -> {
        };

        assertThatThrownBy(() -> catalog.checkOrganisation("receivingOrganisation", "leef"))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.kind()).isEqualTo(ProblemKind.UNPROCESSABLE));
        projected.put(CatalogList.ORGANISATIONS, Map.of("leef", true));
        assertThatCode(() -> catalog.checkOrganisation("receivingOrganisation", "leef")).doesNotThrowAnyException();
    }
}
