package nl.talentenbureau.gateway.health;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.health.Readiness;

import io.vertx.core.Vertx;

import nl.talentenbureau.gateway.routing.RouteTable;

/** Readiness data of notification-service. */
@Readiness
@Singleton
public class NotificationServiceCheck extends UpstreamCheck {

    public NotificationServiceCheck(RouteTable routes, Vertx vertx) {
        super("notification-service", routes, vertx);
    }
}
