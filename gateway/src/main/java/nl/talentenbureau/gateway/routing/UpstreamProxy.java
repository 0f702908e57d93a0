package nl.talentenbureau.gateway.routing;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.quarkus.logging.Log;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.RequestOptions;

import nl.talentenbureau.platform.problem.ProblemKind;

/**
 * Passes a request on to one service and its answer back, both bodies streamed, with the headers unchanged but for
 * the hop-by-hop ones (RFC 9110, 7.6.1). Written out instead of vertx-http-proxy, which copied every header map
 * twice, parsed the answer's Cache-Control and formatted a new Date for every answer: on two cores the gateway's
 * own CPU is what it costs (docs/performance.md).
 *
 * <p>
 * A request that is safe to repeat ({@link Retry}) is sent once more, on a connection of its own, when the service
 * closed the pooled connection before it answered; its body is read first so that it can be sent twice.
 */
final class UpstreamProxy {

    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host");

    /** What the client gets when the service cannot be reached, did not answer in time or dropped the request. */
    interface FailureAnswer {

        void send(HttpServerRequest request, ProblemKind kind, String detail);
    }

    /**
     * An answer of the service that the gateway replaces by its own (the web app's 404 for a client that is not a
     * browser): true when it has answered the client itself; false passes the service's answer on.
     */
    interface Answers {

        Answers PASSED_ON = (request, answer) -> false;

        boolean replaced(HttpServerRequest request, HttpClientResponse answer);
    }

    private final Upstream upstream;
    private final HttpClient pooled;
    private final HttpClient fresh;
    private final long connectTimeoutMillis;
    private final long answerTimeoutMillis;
    private final FailureAnswer failureAnswer;
    private final Answers answers;

    UpstreamProxy(Upstream upstream, HttpClient pooled, HttpClient fresh, long connectTimeoutMillis,
            long answerTimeoutMillis, FailureAnswer failureAnswer, Answers answers) {
        this.upstream = upstream;
        this.pooled = pooled;
        this.fresh = fresh;
        this.connectTimeoutMillis = connectTimeoutMillis;
        this.answerTimeoutMillis = answerTimeoutMillis;
        this.failureAnswer = failureAnswer;
        this.answers = answers;
    }

    void handle(HttpServerRequest request) {
        request.pause();
        long bodyLength = bodyLength(request.headers());
        Future<HttpClientResponse> answer = Retry.safeToRepeat(request.method(), request.headers(), bodyLength)
                ? sendRetryingOnce(request, bodyLength)
                : pooled.request(options(request)).compose(out -> streamed(request, out, bodyLength));
        answer.onComplete(sent -> {
            if (sent.succeeded()) {
                respond(request, sent.result());
            } else {
                failed(request, sent.cause());
            }
        });
    }

    /** The Content-Length, 0 without a body, -1 when unknown (chunked). */
    private static long bodyLength(MultiMap headers) {
        String length = headers.get(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            try {
                return Long.parseLong(length.trim());
            } catch (NumberFormatException malformed) {
                return -1; // Vert.x' codec refuses such a request before it gets here
            }
        }
        return headers.contains(HttpHeaders.TRANSFER_ENCODING) ? -1 : 0;
    }

    private RequestOptions options(HttpServerRequest request) {
        RequestOptions options = new RequestOptions()
                .setMethod(request.method())
                .setURI(request.uri())
                .setHost(upstream.host())
                .setPort(upstream.port())
                .setSsl(upstream.ssl())
                .setConnectTimeout(connectTimeoutMillis)
                .setIdleTimeout(answerTimeoutMillis);
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        copyEndToEnd(request.headers(), headers);
        return options.setHeaders(headers);
    }

    /** Every header but the hop-by-hop ones, and those that the Connection header names as such. */
    private static void copyEndToEnd(MultiMap from, MultiMap to) {
        String connection = from.get(HttpHeaders.CONNECTION);
        // a list (not a set): a client may name a header twice
        List<String> named = connection == null
                ? List.of()
                : List.of(connection.strip().toLowerCase(Locale.ROOT).split("\\s*,\\s*"));
        for (Map.Entry<String, String> header : from) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (!HOP_BY_HOP.contains(name) && !named.contains(name)) {
                to.add(header.getKey(), header.getValue());
            }
        }
    }

    /** Sends the client's body as it arrives; a chunked one stays chunked. */
    private static Future<HttpClientResponse> streamed(HttpServerRequest request, HttpClientRequest out,
            long bodyLength) {
        keepAuthority(request, out);
        if (bodyLength == 0) {
            request.resume();
            return out.send();
        }
        out.setChunked(bodyLength < 0);
        request.pipe().endOnFailure(false).to(out).onFailure(failure -> out.reset(0, failure));
        return out.response();
    }

    private Future<HttpClientResponse> sendRetryingOnce(HttpServerRequest request, long bodyLength) {
        Future<Buffer> body = bodyLength == 0 ? Future.succeededFuture(Buffer.buffer()) : request.body();
        request.resume();
        return body.compose(buffer -> buffered(pooled, request, buffer).recover(failure -> {
            if (!UpstreamFailure.closedBeforeAnswer(failure)) {
                return Future.failedFuture(failure);
            }
            Log.infof("%s closed a pooled connection before answering; %s sent once more", upstream.name(),
                    request.method());
            return buffered(fresh, request, buffer);
        }));
    }

    private Future<HttpClientResponse> buffered(HttpClient client, HttpServerRequest request, Buffer body) {
        return client.request(options(request)).compose(out -> {
            keepAuthority(request, out);
            return request.headers().contains(HttpHeaders.CONTENT_LENGTH) ? out.send(body) : out.send();
        });
    }

    /** The service sees the Host the client sent (its public address comes in the X-Forwarded headers). */
    private static void keepAuthority(HttpServerRequest request, HttpClientRequest out) {
        if (request.authority() != null) {
            out.authority(request.authority());
        }
    }

    private void respond(HttpServerRequest request, HttpClientResponse answer) {
        answer.pause();
        if (answers.replaced(request, answer)) {
            answer.resume(); // its body is dropped
            return;
        }
        HttpServerResponse response = request.response();
        response.setStatusCode(answer.statusCode());
        response.setStatusMessage(answer.statusMessage());
        MultiMap headers = response.headers();
        copyEndToEnd(answer.headers(), headers);
        boolean lengthKnown = headers.contains(HttpHeaders.CONTENT_LENGTH);
        if (!lengthKnown && request.version() == HttpVersion.HTTP_1_0) {
            // an HTTP/1.0 client knows no chunks: the answer is read whole first
            answer.resume();
            answer.body().onSuccess(response::end).onFailure(failure -> response.reset());
            return;
        }
        response.setChunked(!lengthKnown && hasBody(request, answer.statusCode()));
        answer.pipe().endOnFailure(false).to(response).onFailure(failure -> {
            // cut off in the middle: the client must not take the half it got for the whole
            answer.request().reset(0, failure);
            response.reset();
        });
    }

    private static boolean hasBody(HttpServerRequest request, int status) {
        return request.method() != HttpMethod.HEAD && status != 204 && status != 304 && status >= 200;
    }

    private void failed(HttpServerRequest request, Throwable failure) {
        request.resume();
        if (request.response().headWritten()) {
            request.response().reset();
            return;
        }
        ProblemKind kind = UpstreamFailure.kindOf(failure);
        Log.warnf("%s %s: %s (%s)", upstream.name(), switch (kind) {
            case GATEWAY_TIMEOUT -> "did not answer in time";
            case BAD_GATEWAY -> "closed the connection before answering";
            default -> "cannot be reached";
        }, failure.getClass().getSimpleName(), failure.getMessage());
        failureAnswer.send(request, kind, switch (kind) {
            case GATEWAY_TIMEOUT -> upstream.name() + " did not answer within " + answerTimeoutMillis + " ms";
            // not repeated: the service may have applied it; a POST with an Idempotency-Key is
            case BAD_GATEWAY -> upstream.name() + " closed the connection before answering; the request may have"
                    + " been applied: retry with an Idempotency-Key";
            default -> upstream.name() + " cannot be reached; retry later";
        });
    }
}
