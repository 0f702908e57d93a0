package nl.talentenbureau.platform.idempotency;

import java.net.URI;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The answer to a creating call, as sent the first time and replayed for the same key and body. */
public record StoredAnswer(int status, String body, String location, String etag) {

    public Response toResponse() {
        return Response.status(status).location(URI.create(location)).header(HttpHeaders.ETAG, etag)
                .type(MediaType.APPLICATION_JSON).entity(body).build();
    }
}
