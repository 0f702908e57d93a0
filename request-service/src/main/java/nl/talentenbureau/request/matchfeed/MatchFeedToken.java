package nl.talentenbureau.request.matchfeed;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import nl.talentenbureau.platform.security.ServiceToken;
import nl.talentenbureau.request.RequestConfig;

/**
 * The bearer token for reading the matching feed: the realm's {@code request-service} client's own token
 * (client-credentials grant, role {@code service}; {@code request.matching-feed.*}), or its static token in tests.
 */
@ApplicationScoped
public class MatchFeedToken {

    private final ServiceToken token;

    MatchFeedToken(RequestConfig config, ObjectMapper json) {
        var feed = config.matchingFeed();
        this.token = new ServiceToken(feed.tokenUrl(), feed.clientId(), feed.clientSecret(), feed.staticToken(), json);
    }

    public String bearer() {
        return token.bearer();
    }

    /** Forget the token (after a 401), so the next call fetches a fresh one. */
    public void reset() {
        token.reset();
    }
}
