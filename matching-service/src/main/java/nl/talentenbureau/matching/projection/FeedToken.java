package nl.talentenbureau.matching.projection;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import nl.talentenbureau.matching.MatchingConfig;
import nl.talentenbureau.platform.security.ServiceToken;

/**
 * The bearer token for reading the feeds: the realm's {@code matching-service} client's own token (client-credentials
 * grant, role {@code service}; {@code matching.feed.*}), or {@code matching.feed.static-token} in tests.
 */
@ApplicationScoped
public class FeedToken {

    private final ServiceToken token;

    public FeedToken(MatchingConfig config, ObjectMapper json) {
        var feed = config.feed();
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
