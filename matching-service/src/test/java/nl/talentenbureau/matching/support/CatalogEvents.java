package nl.talentenbureau.matching.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import nl.talentenbureau.matching.catalog.Kern;
import nl.talentenbureau.platform.testing.FeedStub.StubEvent;

/**
 * The catalogue the tests' stub volunteer feed holds from the start ({@link TestCatalog}), in the shape
 * volunteer-service publishes it; {@link CatalogAtStartup} applies it before the first test.
 */
public class CatalogEvents implements Supplier<List<StubEvent>> {

    @Override
    public List<StubEvent> get() {
        List<StubEvent> events = new ArrayList<>();
        for (Kern kern : TestCatalog.KERNEN) {
            events.add(kern(kern.code(), kern.latitude(), kern.longitude()));
        }
        TestCatalog.TALENTS.codes().forEach(code -> events.add(talent(code)));
        TestCatalog.TRAININGS.codes().forEach(code -> events.add(training(code, 2)));
        return events;
    }

    public static StubEvent kern(String code, double lat, double lon) {
        return event("KernChanged", "kern:" + code, "{\"code\": \"" + code + "\", \"name\": \"" + code
                + "\", \"municipality\": \"Test\", \"lat\": " + lat + ", \"lon\": " + lon + ", \"note\": null}");
    }

    public static StubEvent talent(String code) {
        return event("TalentChanged", "talent:" + code, "{\"code\": \"" + code
                + "\", \"theme\": \"practical\", \"nameNl\": \"" + code + "\", \"nameEn\": \"" + code
                + "\", \"retiredAt\": null}");
    }

    public static StubEvent training(String code, int validYears) {
        return event("TrainingChanged", "training:" + code, "{\"code\": \"" + code + "\", \"nameNl\": \"" + code
                + "\", \"nameEn\": \"" + code + "\", \"validYears\": " + validYears + ", \"retiredAt\": null}");
    }

    private static StubEvent event(String type, String aggregateId, String payload) {
        return new StubEvent(Feeds.VOLUNTEERS, type, "catalog", aggregateId, payload);
    }
}
