package nl.talentenbureau.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The gateway's settings: where each service lives, how long it may take, how many calls a client may make.
 */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Base URL of each service (no trailing path). */
    Routes routes();

    /** How long an upstream may stay silent before the gateway answers 504. */
    @WithDefault("10s")
    Duration upstreamTimeout();

    /** How long connecting to an upstream may take before the gateway answers 503. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** Each service's management interface (health, metrics), which no route reaches: the readiness data. */
    Health health();

    UpstreamPool upstreamPool();

    VerifiedTokens verifiedTokens();

    RateLimit rateLimit();

    SecurityHeaders securityHeaders();

    Web web();

    OpenApi openapi();

    /** The address clients use to reach the gateway; the merged OpenAPI document names it as its server. */
    @WithDefault("http://localhost:8080")
    URI publicUrl();

    interface Routes {

        URI volunteer();

        URI request();

        URI matching();

        /** notification-service (delivery log, preferences of the notifications it sends). */
        URI notification();

        /** The web app: every path the gateway does not own itself goes there. */
        URI web();
    }

    interface Health {

        URI volunteer();

        URI request();

        URI matching();

        URI notification();

        /** The web app's management interface. */
        URI web();
    }

    /** The connections to each service, kept alive between requests. */
    interface UpstreamPool {

        /** Connections per service at most; requests beyond wait for one. */
        @WithDefault("64")
        int maxSize();

        /**
         * How long an idle connection is kept: shorter than the services' idle timeout (Quarkus' default, 30 min),
         * so the gateway drops it before a service closes it under a request.
         */
        @WithDefault("60s")
        Duration keepAlive();
    }

    /** The verified tokens kept until their expiry, so that a token is verified once, not with every request. */
    interface VerifiedTokens {

        /** Tokens kept at most (by hash); above it the expired ones go, then all. */
        @WithDefault("10000")
        int maxSize();
    }

    interface RateLimit {

        /** Tokens added to a client's bucket per second (its sustained rate). */
        @WithDefault("20")
        double requestsPerSecond();

        /** Size of a client's bucket (the burst it may send at once). */
        @WithDefault("40")
        int burst();

        /**
         * Addresses or ranges of the proxies in front of the gateway (the Ingress controller): only a call from one
         * of them has its {@code X-Forwarded-For} believed for an anonymous client's bucket. None: the peer address.
         */
        Optional<List<String>> trustedProxies();

        /**
         * The public reads (the open vacancies, routed without a token): a bucket per client of their own, apart
         * from the API's, so a website's visitors neither use up nor are refused for the API's buckets.
         */
        PublicReads publicReads();

        /**
         * The public writes (an application, a sign-up, routed without a token): buckets per client address of their
         * own, much smaller than the reads', since each one stores personal data and sends a mail.
         */
        PublicWrites publicWrites();
    }

    interface PublicWrites {

        /** Tokens added to a client's public-write bucket per second (0.05: one every 20 seconds). */
        @WithDefault("0.05")
        double requestsPerSecond();

        /** Size of a client's public-write bucket. */
        @WithDefault("5")
        int burst();

        /** Largest body a public write may send, in bytes; larger (or of unknown length) is 413. */
        @WithDefault("16384")
        int maxBodyBytes();
    }

    interface PublicReads {

        /** Tokens added to a client's public-read bucket per second. */
        @WithDefault("2")
        double requestsPerSecond();

        /** Size of a client's public-read bucket. */
        @WithDefault("30")
        int burst();
    }

    interface SecurityHeaders {

        /** Value of {@code Strict-Transport-Security}; not sent when empty (plain HTTP, local runs). */
        Optional<String> strictTransportSecurity();
    }

    interface Web {

        /**
         * {@code Content-Security-Policy} of the web app's pages, when the app sends none itself: its own scripts
         * only (htmx is served by the app), no frames, no plugins. Inline style attributes are allowed (a score bar's
         * width), inline scripts are not.
         */
        @WithDefault("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'")
        String contentSecurityPolicy();
    }

    interface OpenApi {

        /** How long a complete merged document is served before it is fetched again. */
        @WithDefault("5m")
        Duration cacheFor();

        /** How long fetching one service's document may take. */
        @WithDefault("3s")
        Duration fetchTimeout();

        /** The OpenID Connect discovery URL named in the document's security scheme. */
        String oidcDiscoveryUrl();
    }
}
