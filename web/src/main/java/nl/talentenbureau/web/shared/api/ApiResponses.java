package nl.talentenbureau.web.shared.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

import io.quarkus.logging.Log;

/** Every non-2xx answer of the gateway becomes an {@link ApiException} with the problem document it carried. */
public class ApiResponses implements ResponseExceptionMapper<ApiException> {

    @Override
    public ApiException toThrowable(Response response) {
        ApiProblem problem = ApiProblem.ofStatus(response.getStatus());
        MediaType type = response.getMediaType();
        if (type != null && type.getSubtype().endsWith("json") && response.hasEntity()) {
            try {
                ApiProblem read = response.readEntity(ApiProblem.class);
                problem = new ApiProblem(read.type(), read.title(), response.getStatus(), read.detail(), read.errors());
            } catch (RuntimeException e) {
                Log.debugf("unreadable problem document in a %d answer", response.getStatus());
            }
        }
        return new ApiException(problem);
    }

    @Override
    public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }
}
