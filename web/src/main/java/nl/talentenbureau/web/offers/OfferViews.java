package nl.talentenbureau.web.offers;

import java.util.List;
import java.util.Set;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import nl.talentenbureau.web.offers.OffersApi.Offer;
import nl.talentenbureau.web.offers.OffersApi.Request;
import nl.talentenbureau.web.offers.OffersApi.Schedule;
import nl.talentenbureau.web.shared.Lang;
import nl.talentenbureau.web.shared.Messages;
import nl.talentenbureau.web.shared.Page;

/** An offer with the request behind it, and "when" in words the bundle holds (weekday and part of the day). */
public final class OfferViews {

    private static final Set<String> DAYS = Set.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");
    private static final Set<String> PARTS = Set.of("MORNING", "AFTERNOON", "EVENING");

    private OfferViews() {
    }

    /**
     * A decline reason as the coordinators read it: the chosen reason (one of {@link OfferResource#DECLINE_REASONS})
     * in words of the page's language, then the note. Used by the volunteer's decline and by a coordinator who
     * declines for the volunteer.
     */
    public static String declineInWords(Page page, String reason, String note) {
        Messages messages = page.language() == Lang.NL
                ? MessageBundles.get(Messages.class)
                : MessageBundles.get(Messages.class, Localized.Literal.of(page.lang()));
        String chosen = switch (reason) {
            case "not_available" -> messages.decline_reason_not_available();
            case "too_far" -> messages.decline_reason_too_far();
            case "not_suitable" -> messages.decline_reason_not_suitable();
            default -> messages.decline_reason_other();
        };
        return note == null || note.isBlank() ? chosen : chosen + ": " + note.strip();
    }

    public record OfferRow(Offer offer, Request request, List<When> when) {
    }

    /** One moment: a weekday (recurring) or none (one-off, the date is on the schedule), and a part of the day. */
    public record When(String dayKey, String partKey) {
    }

    public static OfferRow row(Offer offer, Request request) {
        return new OfferRow(offer, request, when(request == null ? null : request.schedule()));
    }

    /** The moments of a schedule, for any page that says when a request is (the offer, the coordinator's lists). */
    public static List<When> when(Schedule schedule) {
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
