package nl.talentenbureau.platform.security;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.runtime.OidcAuthenticationMechanism;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * A service verifies a bearer token once, not with every call: Quarkus OIDC checks the token's signature and claims
 * (locally, with the realm's keys), and the identity it made is then kept until the token expires
 * ({@link VerifiedTokens}). Under partner intake that check was 17% of request-service's CPU, for a token the
 * partner sends with every request.
 *
 * <p>
 * Everything else is Quarkus OIDC's: a token not seen before, and every token that fails, go to it, so a forged or
 * expired token is refused as before (and never sent to Keycloak); the challenge and the credential transport are
 * its own. The identity is kept without the request it was made for; each call gets a copy bound to its own.
 */
@Alternative
@Priority(1)
@ApplicationScoped
@IfBuildProperty(name = "platform.verified-tokens.enabled", stringValue = "true", enableIfMissing = true)
public class VerifiedTokenMechanism implements HttpAuthenticationMechanism {

    private static final String ROUTING_CONTEXT = RoutingContext.class.getName();

    private final OidcAuthenticationMechanism oidc;
    private final VerifiedTokens<SecurityIdentity> verified;
    private final LongAdder verifications = new LongAdder();
    private final LongAdder reuses = new LongAdder();

    VerifiedTokenMechanism(OidcAuthenticationMechanism oidc,
            @ConfigProperty(name = "platform.verified-tokens.max-size", defaultValue = "10000") int maxSize) {
        this.oidc = oidc;
        this.verified = new VerifiedTokens<>(maxSize, () -> System.currentTimeMillis() / 1000);
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        Optional<SecurityIdentity> known = verified.find(authorization);
        if (known.isPresent()) {
            reuses.increment();
            return Uni.createFrom().item(boundTo(known.get(), context));
        }
        return oidc.authenticate(context, identityProviderManager)
                .invoke(identity -> remember(authorization, identity));
    }

    private void remember(String authorization, SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()
                || identity.getCredential(AccessTokenCredential.class) == null
                || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return;
        }
        verifications.increment();
        // the request it was made for is not kept (nor held in memory until the token expires)
        verified.remember(authorization, boundTo(identity, null), token.getExpirationTime());
    }

    private static SecurityIdentity boundTo(SecurityIdentity identity, RoutingContext context) {
        return QuarkusSecurityIdentity.builder(identity).addAttribute(ROUTING_CONTEXT, context).build();
    }

    /** Tokens verified by Quarkus OIDC and kept since the start. */
    public long verifications() {
        return verifications.sum();
    }

    /** Calls answered with a kept identity since the start. */
    public long reuses() {
        return reuses.sum();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return oidc.getChallenge(context);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return oidc.getCredentialTypes();
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return oidc.getCredentialTransport(context);
    }

    @Override
    public int getPriority() {
        // before Quarkus OIDC's own mechanism, which stays registered and answers only what this one passes on
        return oidc.getPriority() + 1;
    }
}
