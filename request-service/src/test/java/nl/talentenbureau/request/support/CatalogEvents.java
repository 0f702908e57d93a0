package nl.talentenbureau.request.support;

import java.util.List;
import java.util.function.Supplier;

import nl.talentenbureau.platform.testing.FeedStub.StubEvent;
import nl.talentenbureau.request.catalog.CatalogFeedConsumer;

/** The catalogue the tests' stub of volunteer-service's feed holds from the start (a retired talent and training too). */
public class CatalogEvents implements Supplier<List<StubEvent>> {

    @Override
    public List<StubEvent> get() {
        return List.of(
                kern("breukelen"), kern("maarssen"), kern("dronten"),
                event("ThemeChanged", "theme:digital", "{\"code\": \"digital\", \"nameNl\": \"Digitaal\"}"),
                event("ThemeChanged", "theme:practical", "{\"code\": \"practical\", \"nameNl\": \"Praktisch\"}"),
                talent("digital-help", null), talent("driving", null),
                talent("typewriter-repair", "\"2025-01-01T00:00:00.000000Z\""),
                event("TrainingChanged", "training:first-aid",
                        "{\"code\": \"first-aid\", \"validYears\": 2, \"retiredAt\": null}"),
                event("TrainingChanged", "training:telex",
                        "{\"code\": \"telex\", \"validYears\": null, \"retiredAt\": \"2020-01-01T00:00:00.000000Z\"}"));
    }

    /** A talent event as volunteer-service publishes it; for tests that add one at runtime. */
    public static String talentPayload(String code) {
        return "{\"code\": \"" + code + "\", \"theme\": \"practical\", \"nameNl\": \"" + code
                + "\", \"retiredAt\": null}";
    }

    private static StubEvent kern(String code) {
        return event("KernChanged", "kern:" + code, "{\"code\": \"" + code + "\", \"name\": \"" + code
                + "\", \"municipality\": \"Stichtse Vecht\", \"lat\": 52.17, \"lon\": 5.0, \"note\": null}");
    }

    private static StubEvent talent(String code, String retiredAt) {
        return event("TalentChanged", "talent:" + code, "{\"code\": \"" + code
                + "\", \"theme\": \"practical\", \"nameNl\": \"" + code + "\", \"retiredAt\": " + retiredAt + "}");
    }

    private static StubEvent event(String type, String aggregateId, String payload) {
        return new StubEvent(CatalogFeedConsumer.FEED, type, "catalog", aggregateId, payload);
    }
}
