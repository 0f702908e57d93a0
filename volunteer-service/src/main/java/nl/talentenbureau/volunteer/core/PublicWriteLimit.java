package nl.talentenbureau.volunteer.core;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import nl.talentenbureau.platform.problem.ProblemException;
import nl.talentenbureau.platform.problem.ProblemKind;

/**
 * Refuses the body of an anonymous write ({@link PublicWrite}) over the limit before it is read: by its
 * Content-Length, and a body without one (chunked) is refused too, since its size is not known up front.
 */
@Provider
@PublicWrite
public class PublicWriteLimit implements ContainerRequestFilter {

    private final int maxBytes;

    public PublicWriteLimit(@ConfigProperty(name = "volunteer.recruitment.max-body-bytes") int maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        long bytes;
        try {
            bytes = length == null ? -1 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            bytes = -1;
        }
        if (bytes < 0 && request.hasEntity() || bytes > maxBytes) {
            throw new ProblemException(ProblemKind.CONTENT_TOO_LARGE,
                    "send the body with a Content-Length of at most " + maxBytes + " bytes");
        }
    }
}
