package nl.talentenbureau.platform.http;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import nl.talentenbureau.platform.problem.ProblemException;
import nl.talentenbureau.platform.problem.ProblemKind;

/**
 * ETags are the entity's optimistic-lock version. Updates send the ETag they read in {@code If-Match}; the service
 * compares it with the stored version and the database checks it again at commit, so two writers that read the same
 * version can never both succeed.
 */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** A required If-Match: 428 when missing, 400 when it is not one of ours. */
    /**
     * A public read that websites and proxies may keep: 304 when the client's If-None-Match still matches
     * {@code tag}, else 200 with {@code entity}; both with the tag and {@code cacheControl}.
     */
    public static Response cacheable(Request request, EntityTag tag, Object entity, String cacheControl) {
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        Response.ResponseBuilder answer = unchanged != null ? unchanged : Response.ok(entity);
        return answer.tag(tag).header(HttpHeaders.CACHE_CONTROL, cacheControl).build();
    }

    public static IfMatch required(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemKind.PRECONDITION_REQUIRED,
                    "send If-Match with the ETag of the version you read");
        }
        return parse(ifMatch);
    }

    /** An If-Match the client may leave out; without it any version is accepted. */
    public static IfMatch optional(String ifMatch) {
        return ifMatch == null || ifMatch.isBlank() ? IfMatch.ANY : parse(ifMatch);
    }

    private static IfMatch parse(String ifMatch) {
        String value = ifMatch.trim();
        if (value.equals("*")) {
            return IfMatch.ANY;
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            long version = Long.parseLong(value);
            if (version >= 0) {
                return new IfMatch(version);
            }
        } catch (NumberFormatException e) {
            // falls through to the answer below
        }
        throw ProblemException.invalid("If-Match", "is not an ETag this service issued");
    }
}
