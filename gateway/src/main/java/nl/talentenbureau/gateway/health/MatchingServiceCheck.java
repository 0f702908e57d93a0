package nl.talentenbureau.gateway.health;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.health.Readiness;

import io.vertx.core.Vertx;

import nl.talentenbureau.gateway.GatewayConfig;

/** Readiness data of matching-service. */
@Readiness
@Singleton
public class MatchingServiceCheck extends UpstreamCheck {

    public MatchingServiceCheck(GatewayConfig config, Vertx vertx) {
        super("matching-service", config.health().matching(), vertx);
    }
}
