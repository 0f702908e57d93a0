package nl.talentenbureau.web.coordinator;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.talentenbureau.web.coordinator.CoordinatorApi.Request;

/** The requests and volunteer names a coordinator's list shows beside the ids the API answered with. */
final class Lookups {

    /** volunteer-service answers at most this many ids at once. */
    static final int NAMES_AT_ONCE = 100;

    private Lookups() {
    }

    /** Each request once, however often it is named. */
    static Map<UUID, Request> requests(CoordinatorApi api, Collection<UUID> ids) {
        Map<UUID, Request> requests = new HashMap<>();
        new LinkedHashSet<>(ids).forEach(id -> requests.put(id, api.request(id)));
        return requests;
    }

    static Map<UUID, String> names(CoordinatorApi api, Collection<UUID> ids) {
        List<UUID> distinct = List.copyOf(new LinkedHashSet<>(ids));
        Map<UUID, String> names = new HashMap<>();
        for (int from = 0; from < distinct.size(); from += NAMES_AT_ONCE) {
            List<UUID> chunk = distinct.subList(from, Math.min(distinct.size(), from + NAMES_AT_ONCE));
            api.volunteers(chunk, chunk.size()).items().forEach(v -> names.put(v.id(), v.name()));
        }
        return names;
    }
}
