package nl.talentenbureau.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.arc.Arc;
import io.quarkus.qute.EngineBuilder;

/**
 * Every template is rendered in the person's language (cookie {@code lang}, Dutch by default): the engine sets the
 * locale on each template instance as it is made, inside the request that makes it.
 */
@ApplicationScoped
public class PageLocale {

    void configure(@Observes EngineBuilder engine) {
        engine.addTemplateInstanceInitializer(instance -> {
            if (Arc.container().requestContext().isActive()) {
                instance.setLocale(Arc.container().instance(Page.class).get().locale());
            }
        });
    }
}
