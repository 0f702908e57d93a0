package nl.talentenbureau.volunteer.volunteer;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a volunteer is on the way from applying to stopping: APPLIED -> INTAKE -> ACTIVE <-> PAUSED -> STOPPED.
 * Anyone may stop at any point; STOPPED is final (a returning volunteer applies again).
 */
public enum VolunteerStatus {

    APPLIED,
    INTAKE,
    ACTIVE,
    PAUSED,
    STOPPED;

    public Set<VolunteerStatus> next() {
        return switch (this) {
            case APPLIED -> EnumSet.of(INTAKE, STOPPED);
            case INTAKE -> EnumSet.of(ACTIVE, STOPPED);
            case ACTIVE -> EnumSet.of(PAUSED, STOPPED);
            case PAUSED -> EnumSet.of(ACTIVE, STOPPED);
            case STOPPED -> EnumSet.noneOf(VolunteerStatus.class);
        };
    }

    public boolean canStepTo(VolunteerStatus target) {
        return next().contains(target);
    }
}
