package nl.talentenbureau.platform.http;

import jakarta.ws.rs.core.EntityTag;

import nl.talentenbureau.platform.problem.ProblemException;
import nl.talentenbureau.platform.problem.ProblemKind;

/**
 * ETags are the entity's optimistic-lock version. Updates must send the ETag they read in {@code If-Match}.
 */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version the client claims to have read: 428 when If-Match is missing, 400 when it is not one of ours.
     * The caller compares it with the stored version (412 when stale) and lets the database check it again at
     * commit, so two writers that read the same version can never both succeed.
     */
    public static long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemKind.PRECONDITION_REQUIRED,
                    "send If-Match with the ETag of the version you read");
        }
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("If-Match", "is not an ETag this service issued");
        }
    }

    public static void requireCurrent(long expected, long current) {
        if (expected != current) {
            throw new ProblemException(ProblemKind.PRECONDITION_FAILED,
                    "someone else changed it first: read it again and retry with the new ETag");
        }
    }
}
