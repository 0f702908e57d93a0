package nl.talentenbureau.gateway.health;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.health.Readiness;

import io.vertx.core.Vertx;

import nl.talentenbureau.gateway.routing.RouteTable;

/** Readiness data of matching-service. */
@Readiness
@Singleton
public class MatchingServiceCheck extends UpstreamCheck {

    public MatchingServiceCheck(RouteTable routes, Vertx vertx) {
        super("matching-service", routes, vertx);
    }
}
