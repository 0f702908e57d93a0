package nl.talentenbureau.request.request;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import nl.talentenbureau.platform.problem.Problem;

/** The shape a schedule must have for its type; a plain rule with plain unit tests. */
public final class ScheduleRules {

    private ScheduleRules() {
    }

    /** Every problem with the schedule, as field errors under {@code schedule.}; empty when it is fine. */
    public static List<Problem.FieldError> check(Schedule schedule) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (schedule == null || schedule.type() == null) {
            return errors;
        }
        boolean hasDayParts = schedule.dayParts() != null && !schedule.dayParts().isEmpty();
        boolean hasSlots = schedule.slots() != null && !schedule.slots().isEmpty();
        switch (schedule.type()) {
            case ONE_OFF -> {
                require(errors, schedule.date() != null, "date", "is needed for a ONE_OFF request");
                require(errors, hasDayParts, "dayParts", "needs at least one day part for a ONE_OFF request");
                require(errors, !hasSlots, "slots", "belongs to a RECURRING request");
                require(errors, schedule.startsOn() == null, "startsOn", "belongs to a RECURRING request");
                require(errors, schedule.endsOn() == null, "endsOn", "belongs to a RECURRING request");
                if (hasDayParts) {
                    require(errors, new HashSet<>(schedule.dayParts()).size() == schedule.dayParts().size(),
                            "dayParts", "lists a day part twice");
                }
            }
            case RECURRING -> {
                require(errors, hasSlots, "slots", "needs at least one weekly slot for a RECURRING request");
                require(errors, schedule.startsOn() != null, "startsOn", "is needed for a RECURRING request");
                require(errors, schedule.hoursPerTime() != null, "hoursPerTime",
                        "is needed for a RECURRING request");
                require(errors, schedule.date() == null, "date", "belongs to a ONE_OFF request");
                require(errors, !hasDayParts, "dayParts", "belongs to a ONE_OFF request");
                if (schedule.startsOn() != null && schedule.endsOn() != null) {
                    require(errors, !schedule.endsOn().isBefore(schedule.startsOn()), "endsOn",
                            "must not be before startsOn");
                }
                if (hasSlots) {
                    require(errors, new HashSet<>(schedule.slots()).size() == schedule.slots().size(), "slots",
                            "lists a slot twice");
                }
            }
        }
        return errors;
    }

    private static void require(List<Problem.FieldError> errors, boolean ok, String field, String message) {
        if (!ok) {
            errors.add(new Problem.FieldError("schedule." + field, message));
        }
    }
}
