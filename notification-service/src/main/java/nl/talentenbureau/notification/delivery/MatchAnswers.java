package nl.talentenbureau.notification.delivery;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The decline reason of a match, from matching-service at send time (no event carries free text). */
@ApplicationScoped
public class MatchAnswers {

    private final MatchAnswerApi api;

    public MatchAnswers(@RestClient MatchAnswerApi api) {
        this.api = api;
    }

    Optional<String> reason(UUID matchId) {
        return Absent.when404(() -> api.answer(matchId)).map(MatchAnswerApi.Answer::reason);
    }
}
