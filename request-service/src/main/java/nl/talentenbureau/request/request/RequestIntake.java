package nl.talentenbureau.request.request;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.talentenbureau.platform.http.ETags;
import nl.talentenbureau.request.idempotency.Idempotency;
import nl.talentenbureau.request.idempotency.StoredAnswer;

/**
 * POST /api/requests with an optional Idempotency-Key: the first answer is written once, as JSON text, and that very
 * text is what the first caller and every replay get, so all answers for one key are byte-for-byte the same.
 */
@ApplicationScoped
public class RequestIntake {

    private final RequestService requests;
    private final Idempotency idempotency;
    private final ObjectMapper json;

    public RequestIntake(RequestService requests, Idempotency idempotency, ObjectMapper json) {
        this.requests = requests;
        this.idempotency = idempotency;
        this.json = json;
    }

    public StoredAnswer post(Viewer viewer, String idempotencyKey, RequestInput input) {
        Supplier<StoredAnswer> work = () -> answerOf(requests.create(viewer, input));
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return work.get();
        }
        // the key is scoped per client: the token subject (a partner app's service account, a coordinator)
        return idempotency.once(viewer.subject(), idempotencyKey, write(input), work);
    }

    private StoredAnswer answerOf(RequestDetails created) {
        return new StoredAnswer(201, write(RequestView.of(created)), "/api/requests/" + created.request().id,
                ETags.of(created.request().version).toString());
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
