package nl.talentenbureau.platform.http;

import nl.talentenbureau.platform.problem.ProblemException;
import nl.talentenbureau.platform.problem.ProblemKind;

/**
 * What a client sent in {@code If-Match}: the version it read, or {@code *} (any current version).
 */
public record IfMatch(Long version) {

    public static final IfMatch ANY = new IfMatch(null);

    /** 412 when the client read another version than the one stored now. */
    public void requireCurrent(long current) {
        if (version != null && version != current) {
            throw new ProblemException(ProblemKind.PRECONDITION_FAILED,
                    "someone else changed it first: read it again and retry with the new ETag");
        }
    }
}
