package nl.talentenbureau.matching.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.logging.Log;

import nl.talentenbureau.platform.problem.ProblemException;
import nl.talentenbureau.platform.problem.ProblemKind;

/**
 * The signals' facts of a year from request-service, at the moment a report is asked for (ADR 9): matching keeps no
 * copy. When request-service cannot answer in time, the report answers 503 (the impact report does not depend on it).
 */
@ApplicationScoped
public class SignalFacts {

    private final SignalFactsApi api;

    public SignalFacts(@RestClient SignalFactsApi api) {
        this.api = api;
    }

    /** Bounded by the client's timeouts ({@code quarkus.rest-client.signals.*}). */
    public List<SignalReport.Fact> between(Instant from, Instant to) {
        List<SignalFactsApi.SignalFact> facts;
        try {
            facts = api.facts(from.atOffset(ZoneOffset.UTC).toString(), to.atOffset(ZoneOffset.UTC).toString());
        } catch (RuntimeException e) {
            Log.warnf("request-service's signal facts unreachable (%s)", e.getClass().getSimpleName());
            throw new ProblemException(ProblemKind.SERVICE_UNAVAILABLE,
                    "the signals' figures (request-service) cannot be reached; retry later");
        }
        return facts == null
                ? List.of()
                : facts.stream().filter(f -> f.raisedAt() != null)
                        .map(f -> new SignalReport.Fact(f.kern(), f.theme(), f.raisedAt().toInstant(),
                                f.pickedUpAt() == null ? null : f.pickedUpAt().toInstant(),
                                f.feedbackAt() == null ? null : f.feedbackAt().toInstant()))
                        .toList();
    }
}
