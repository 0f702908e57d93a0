package nl.talentenbureau.gateway.health;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.health.Readiness;

import io.vertx.core.Vertx;

import nl.talentenbureau.gateway.GatewayConfig;

/** Readiness data of notification-service. */
@Readiness
@Singleton
public class NotificationServiceCheck extends UpstreamCheck {

    public NotificationServiceCheck(GatewayConfig config, Vertx vertx) {
        super("notification-service", config.health().notification(), vertx);
    }
}
