package nl.talentenbureau.volunteer.volunteer;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.talentenbureau.platform.problem.ProblemException;

/**
 * A volunteer's notification preferences, as the profile shows them and as {@code PUT .../notifications} replaces
 * them (the whole object).
 */
@Schema(name = "Notifications", description = "How and when the volunteer wants to be told of offers and reminders")
public record Notifications(
        @Schema(description = "EMAIL (needs an e-mail address on the profile) or PHONE (a coordinator calls)", examples = "EMAIL") @NotNull ReachBy reachBy,
        @Schema(description = "Language of the messages", examples = "nl", enumeration = {
                "nl", "en"}) @NotNull @Pattern(regexp = "nl|en", message = "must be nl or en") String language,
        @Schema(description = "No messages between these times (Europe/Amsterdam); null: any time") @Valid QuietHours quietHours){

    static final String TIME = "([01][0-9]|2[0-3]):[0-5][0-9]";
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    @Schema(name = "QuietHours", description = "From 'from' until 'until'; may pass midnight (21:00 until 08:00)")
    public record QuietHours(
            @Schema(examples = "21:00", pattern = TIME) @NotNull @Pattern(regexp = TIME, message = "must be HH:mm") String from,
            @Schema(examples = "08:00", pattern = TIME) @NotNull @Pattern(regexp = TIME, message = "must be HH:mm") String until) {

        LocalTime fromTime() {
            return LocalTime.parse(from, HH_MM);
        }

        LocalTime untilTime() {
            return LocalTime.parse(until, HH_MM);
        }

        static QuietHours of(LocalTime from, LocalTime until) {
            return from == null || until == null ? null : new QuietHours(HH_MM.format(from), HH_MM.format(until));
        }
    }

    /** What the profile holds now; reachBy as it counts ({@link ReachBy#effective}). */
    static Notifications of(Volunteer v) {
        return new Notifications(ReachBy.effective(v.reachBy, v.email), v.notificationLanguage,
                QuietHours.of(v.quietFrom, v.quietUntil));
    }

    /**
     * The rules Bean Validation cannot say: e-mail needs an address (422), quiet hours of no length are a mistake
     * (400).
     */
    void checkFor(String email) {
        if (quietHours != null && quietHours.from().equals(quietHours.until())) {
            throw ProblemException.invalid("quietHours.until", "must differ from quietHours.from");
        }
        if (reachBy == ReachBy.EMAIL && email == null) {
            throw ProblemException.unprocessable("reachBy", "EMAIL needs an e-mail address on the profile");
        }
    }
}
