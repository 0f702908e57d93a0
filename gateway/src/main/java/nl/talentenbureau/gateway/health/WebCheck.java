package nl.talentenbureau.gateway.health;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.health.Readiness;

import io.vertx.core.Vertx;

import nl.talentenbureau.gateway.GatewayConfig;

/** Readiness data of the web app: when it is down the pages answer 503, the API still works. */
@Readiness
@Singleton
public class WebCheck extends UpstreamCheck {

    public WebCheck(GatewayConfig config, Vertx vertx) {
        super("web", config.health().web(), vertx);
    }
}
