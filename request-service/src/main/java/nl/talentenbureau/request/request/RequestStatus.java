package nl.talentenbureau.request.request;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a help request is: OPEN -> MATCHED -> IN_PROGRESS -> COMPLETED. A request that has not started yet (OPEN,
 * MATCHED) can expire; one that has not ended can be cancelled. COMPLETED, CANCELLED and EXPIRED are final.
 */
public enum RequestStatus {

    OPEN,
    MATCHED,
    IN_PROGRESS,
    COMPLETED,
    CANCELLED,
    EXPIRED;

    public Set<RequestStatus> next() {
        return switch (this) {
            case OPEN -> EnumSet.of(MATCHED, CANCELLED, EXPIRED);
            case MATCHED -> EnumSet.of(IN_PROGRESS, OPEN, CANCELLED, EXPIRED);
            case IN_PROGRESS -> EnumSet.of(COMPLETED, CANCELLED);
            case COMPLETED, CANCELLED, EXPIRED -> EnumSet.noneOf(RequestStatus.class);
        };
    }

    public boolean canStepTo(RequestStatus target) {
        return next().contains(target);
    }

    /**
     * The steps the matching feed may take: every step a person may take, and IN_PROGRESS -> OPEN when every match
     * fell away before any was completed (nobody helps any more, so a coordinator must find someone else).
     */
    public boolean canFollowMatchesTo(RequestStatus target) {
        return canStepTo(target) || (this == IN_PROGRESS && target == OPEN);
    }

    /** Final: the request has ended and its requester's data counts down to erasure. */
    public boolean ended() {
        return this == COMPLETED || this == CANCELLED || this == EXPIRED;
    }
}
