package nl.talentenbureau.gateway.health;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.health.Readiness;

import io.vertx.core.Vertx;

import nl.talentenbureau.gateway.GatewayConfig;

/** Readiness data of volunteer-service. */
@Readiness
@Singleton
public class VolunteerServiceCheck extends UpstreamCheck {

    public VolunteerServiceCheck(GatewayConfig config, Vertx vertx) {
        super("volunteer-service", config.health().volunteer(), vertx);
    }
}
