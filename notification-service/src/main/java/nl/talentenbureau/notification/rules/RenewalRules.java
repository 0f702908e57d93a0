package nl.talentenbureau.notification.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * When a VOG or a training runs out: a notice 60 days before and one 14 days before. A daily check runs the rule over
 * every stored date; it looks at windows, not at exact days, so a day the check did not run loses nothing: the 60-day
 * notice goes while 15 to 60 days are left, the 14-day notice while 0 to 14 are left (a date that arrives with 10 days
 * left gets only the 14-day one). The keys make each notice once per date.
 */
public final class RenewalRules {

    public static final int FIRST_NOTICE = 60;
    public static final int LAST_NOTICE = 14;

    private RenewalRules() {
    }

    /** The notice tier due for a date, if any: 60, 14 or none. */
    public static Integer tier(LocalDate expires, LocalDate today) {
        if (expires == null) {
            return null;
        }
        long left = ChronoUnit.DAYS.between(today, expires);
        if (left < 0 || left > FIRST_NOTICE) {
            return null;
        }
        return left > LAST_NOTICE ? FIRST_NOTICE : LAST_NOTICE;
    }

    public static List<Planned> plan(UUID volunteerId, String organisation, LocalDate vogValidUntil,
            Map<String, LocalDate> trainings, LocalDate today, Instant now) {
        List<Planned> planned = new ArrayList<>();
        Integer vogTier = tier(vogValidUntil, today);
        if (vogTier != null) {
            planned.add(new Planned(DeliveryKey.vog(volunteerId, vogValidUntil, vogTier), Kind.VOG_EXPIRING,
                    volunteerId.toString(), organisation, null, now,
                    Map.of("validUntil", vogValidUntil.toString(), "notice", String.valueOf(vogTier))));
        }
        trainings.forEach((code, expires) -> {
            Integer tier = tier(expires, today);
            if (tier != null) {
                planned.add(new Planned(DeliveryKey.training(volunteerId, code, expires, tier),
                        Kind.TRAINING_EXPIRING, volunteerId.toString(), organisation, null, now,
                        Map.of("training", code, "validUntil", expires.toString(), "notice", String.valueOf(tier))));
            }
        });
        return planned;
    }
}
