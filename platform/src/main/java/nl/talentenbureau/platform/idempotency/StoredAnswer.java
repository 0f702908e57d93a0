package nl.talentenbureau.platform.idempotency;

import java.net.URI;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The answer to a creating call. An Idempotency-Key keeps only its status and location; the body and ETag are the
 * resource as read for each answer (see {@link Idempotency}).
 */
public record StoredAnswer(int status, String body, String location, String etag) {

    public Response toResponse() {
        return Response.status(status).location(URI.create(location)).header(HttpHeaders.ETAG, etag)
                .type(MediaType.APPLICATION_JSON).entity(body).build();
    }
}
