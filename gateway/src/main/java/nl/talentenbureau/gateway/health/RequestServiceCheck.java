package nl.talentenbureau.gateway.health;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.health.Readiness;

import io.vertx.core.Vertx;

import nl.talentenbureau.gateway.routing.RouteTable;

/** Readiness data of request-service. */
@Readiness
@Singleton
public class RequestServiceCheck extends UpstreamCheck {

    public RequestServiceCheck(RouteTable routes, Vertx vertx) {
        super("request-service", routes, vertx);
    }
}
