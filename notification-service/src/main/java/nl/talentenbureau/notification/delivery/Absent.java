package nl.talentenbureau.notification.delivery;

import java.util.Optional;
import java.util.function.Supplier;

import jakarta.ws.rs.WebApplicationException;

/** A call to another service where 404 means "not there (any more)": empty, every other failure goes on up. */
final class Absent {

    private Absent() {
    }

    static <T> Optional<T> when404(Supplier<T> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
