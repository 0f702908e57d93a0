package nl.talentenbureau.volunteer.support;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import nl.talentenbureau.volunteer.core.ProfileErasure;

/**
 * A feature whose erasure step fails, for the volunteers a test names only. It observes after every real feature
 * (higher priority value), so their deletes have run when it throws and must be rolled back.
 */
@ApplicationScoped
public class FailingErasure {

    private static final Set<UUID> FAIL_FOR = ConcurrentHashMap.newKeySet();

    public static void failFor(UUID volunteerId) {
        FAIL_FOR.add(volunteerId);
    }

    public static void stopFailing(UUID volunteerId) {
        FAIL_FOR.remove(volunteerId);
    }

    void onErasure(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER + 1000) ProfileErasure erasure) {
        if (FAIL_FOR.contains(erasure.volunteerId())) {
            throw new IllegalStateException("planted failure while erasing " + erasure.volunteerId());
        }
    }
}
