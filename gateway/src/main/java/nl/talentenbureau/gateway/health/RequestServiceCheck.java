package nl.talentenbureau.gateway.health;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.health.Readiness;

import io.vertx.core.Vertx;

import nl.talentenbureau.gateway.GatewayConfig;

/** Readiness data of request-service. */
@Readiness
@Singleton
public class RequestServiceCheck extends UpstreamCheck {

    public RequestServiceCheck(GatewayConfig config, Vertx vertx) {
        super("request-service", config.health().request(), vertx);
    }
}
