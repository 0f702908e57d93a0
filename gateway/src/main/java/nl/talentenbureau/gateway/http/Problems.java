package nl.talentenbureau.gateway.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.Json;

import nl.talentenbureau.platform.problem.Problem;
import nl.talentenbureau.platform.problem.ProblemKind;

/**
 * Writes the gateway's own answers as RFC 9457 problem documents, in the services' format.
 */
public final class Problems {

    private Problems() {
    }

    public static Buffer body(ProblemKind kind, String detail, String instance) {
        return Buffer.buffer(Json.encode(Problem.of(kind, detail, instance, null)));
    }

    public static void send(HttpServerResponse response, ProblemKind kind, String detail, String instance) {
        if (response.ended()) {
            return;
        }
        Buffer body = body(kind, detail, instance);
        response.setStatusCode(kind.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONTENT_LENGTH, String.valueOf(body.length()))
                .end(body);
    }
}
