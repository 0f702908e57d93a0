package nl.talentenbureau.web.offers;

import java.util.List;
import java.util.Set;

import nl.talentenbureau.web.offers.OffersApi.Offer;
import nl.talentenbureau.web.offers.OffersApi.Request;
import nl.talentenbureau.web.offers.OffersApi.Schedule;

/** An offer with the request behind it, and "when" in words the bundle holds (weekday and part of the day). */
public final class OfferViews {

    private static final Set<String> DAYS = Set.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");
    private static final Set<String> PARTS = Set.of("MORNING", "AFTERNOON", "EVENING");

    private OfferViews() {
    }

    public record OfferRow(Offer offer, Request request, List<When> when) {
    }

    /** One moment: a weekday (recurring) or none (one-off, the date is on the schedule), and a part of the day. */
    public record When(String dayKey, String partKey) {
    }

    static OfferRow row(Offer offer, Request request) {
        return new OfferRow(offer, request, when(request == null ? null : request.schedule()));
    }

    static List<When> when(Schedule schedule) {
        if (schedule == null) {
            return List.of();
        }
        if ("ONE_OFF".equals(schedule.type())) {
            return schedule.dayParts().stream().filter(PARTS::contains).map(p -> new When(null, "part_" + p))
                    .toList();
        }
        return schedule.slots().stream().map(slot -> slot.split("_", 2)).filter(s -> s.length == 2
                && DAYS.contains(s[0]) && PARTS.contains(s[1])).map(s -> new When("day_" + s[0], "part_" + s[1]))
                .toList();
    }
}
