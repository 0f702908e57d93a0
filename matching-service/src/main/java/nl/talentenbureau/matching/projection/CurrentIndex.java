package nl.talentenbureau.matching.projection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

import nl.talentenbureau.matching.MatchingConfig;
import nl.talentenbureau.matching.catalog.Catalogue;
import nl.talentenbureau.matching.catalog.KernDistances;
import nl.talentenbureau.matching.engine.VolunteerIndex;
import nl.talentenbureau.matching.engine.Weights;
import nl.talentenbureau.matching.profile.Booking;
import nl.talentenbureau.matching.profile.VolunteerProfile;

/**
 * The in-memory {@link VolunteerIndex}, built from the projection (and the live-match counts and helped requesters
 * of this service's match table) at start-up; after a page of the volunteer feed only the volunteers it named are
 * read again and changed in place ({@link #update}), after a match changes only that volunteer's counts
 * ({@link #refresh(UUID)}).
 * <p>
 * Concurrency: every index is immutable and a change makes a new one sharing all kernen it does not touch
 * (copy-on-write per kern, see {@link VolunteerIndex}), swapped in through one volatile field. Readers never lock and
 * always see one complete version; writers (rebuild, update, refresh) take this object's lock, so they apply one
 * after the other and each starts from the latest version.
 */
@ApplicationScoped
public class CurrentIndex {

    private final ProjectionRepository projection;
    private final BookedTimes booked;
    private final ObjectMapper json;
    private final CatalogProjection catalog;
    private final Weights weights;
    private volatile VolunteerIndex index;
    /** The catalogue {@link #index} was built with: swapped with it, so both always agree. */
    private volatile Catalogue catalogue = Catalogue.EMPTY;
    private IndexStamp builtFrom;

    public CurrentIndex(ProjectionRepository projection, BookedTimes booked, CatalogProjection catalog,
            ObjectMapper json, MatchingConfig config) {
        this.projection = projection;
        this.booked = booked;
        this.catalog = catalog;
        this.json = json;
        MatchingConfig.WeightsConfig w = config.weights();
        this.weights = new Weights(w.skills(), w.availability(), w.distance(), w.load(), w.continuity());
    }

    void onStart(@Observes StartupEvent start) {
        rebuild();
    }

    public VolunteerIndex index() {
        VolunteerIndex current = index;
        return current != null ? current : rebuild();
    }

    public KernDistances kernen() {
        index();
        return catalogue.kernen();
    }

    /** An index of one volunteer, to check the hard filters for exactly that volunteer at this moment. */
    public VolunteerIndex of(VolunteerProfile profile) {
        index();
        Catalogue current = catalogue;
        return VolunteerIndex.build(List.of(profile), current.kernen(), current.talents(), current.trainings(),
                weights);
    }

    /**
     * Rebuilds the index when the projection or the matches changed since the last build, for instance on another
     * replica ({@link IndexRefresh}).
     *
     * @return whether it rebuilt
     */
    @ActivateRequestContext
    public synchronized boolean rebuildIfChanged() {
        if (projection.indexStamp().equals(builtFrom)) {
            return false;
        }
        rebuild();
        return true;
    }

    /** Reads every projected volunteer and swaps in a new index. */
    @ActivateRequestContext
    public synchronized VolunteerIndex rebuild() {
        long started = System.nanoTime();
        // taken before reading: a change committed while this build reads is seen by the next check
        IndexStamp stamp = projection.indexStamp();
        Catalogue read = catalog.read();
        KernDistances kernen = read.kernen();
        List<VolunteerProfile> profiles = new ArrayList<>();
        int skipped = 0;
        Map<UUID, Integer> live = projection.liveMatchCounts();
        Map<UUID, Set<String>> helped = projection.helpedRequesters();
        Map<UUID, List<Booking>> bookings = booked.all();
        for (String snapshot : projection.volunteerSnapshots()) {
            Optional<VolunteerProfile> profile = read(snapshot)
                    .flatMap(s -> Snapshots.profile(s, live.getOrDefault(s.id(), 0),
                            helped.getOrDefault(s.id(), Set.of())))
                    .map(p -> p.withMatches(p.activeMatches(), bookings.getOrDefault(p.id(), List.of())))
                    .filter(p -> kernen.knows(p.homeKern()));
            if (profile.isPresent()) {
                profiles.add(profile.get());
            } else {
                skipped++;
            }
        }
        catalogue = read;
        index = VolunteerIndex.build(profiles, kernen, read.talents(), read.trainings(), weights);
        builtFrom = stamp;
        Log.infof("volunteer index built: %d volunteers, %d left out (no consent, unreadable or kern unknown), "
                + "%d kernen, %d talents, %d trainings, %d ms", profiles.size(), skipped, kernen.size(),
                read.talents().size(), read.trainings().size(), (System.nanoTime() - started) / 1_000_000);
        return index;
    }

    /**
     * Reads these volunteers' snapshots, live matches and helped requesters again and puts them into the current
     * index in place: added or replaced, or removed when no longer matchable (erased, no consent, unknown kern,
     * unreadable). Called after the page that changed them committed. Should the change fail (more than 64 languages
     * spoken), the index is rebuilt instead.
     */
    @ActivateRequestContext
    public synchronized void update(Collection<UUID> volunteerIds) {
        VolunteerIndex current = index;
        if (current == null) {
            rebuild();
            return;
        }
        long started = System.nanoTime();
        KernDistances kernen = catalogue.kernen();
        Map<UUID, String> rows = projection.volunteerSnapshots(volunteerIds);
        Map<UUID, Integer> live = projection.liveMatchCounts(volunteerIds);
        Map<UUID, Set<String>> helped = projection.helpedRequesters(volunteerIds);
        Map<UUID, List<Booking>> bookings = booked.of(volunteerIds);
        List<VolunteerProfile> upserts = new ArrayList<>();
        Set<UUID> removals = new HashSet<>();
        for (UUID id : volunteerIds) {
            Optional<VolunteerProfile> profile = Optional.ofNullable(rows.get(id)).flatMap(this::read)
                    .filter(s -> id.equals(s.id()))
                    .flatMap(s -> Snapshots.profile(s, live.getOrDefault(id, 0), helped.getOrDefault(id, Set.of())))
                    .map(p -> p.withMatches(p.activeMatches(), bookings.getOrDefault(id, List.of())))
                    .filter(p -> kernen.knows(p.homeKern()));
            if (profile.isPresent()) {
                upserts.add(profile.get());
            } else {
                removals.add(id);
            }
        }
        try {
            index = current.withVolunteers(upserts, removals);
        } catch (IllegalArgumentException e) {
            Log.warnf("the volunteer index could not be changed in place (%s): rebuilding it", e.getMessage());
            rebuild();
            return;
        }
        Log.debugf("volunteer index changed in place: %d volunteers read, %d ms", volunteerIds.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Reads one volunteer's live matches, helped requesters and the times their open and live matches hold from the
     * match table again and puts them into the current index in place (no full rebuild). Called after a transaction that changed a match of theirs has committed, so
     * it reads the committed state; holding the same lock as {@link #rebuild()} means a rebuild that read the table
     * before that commit is followed by this refresh, never the other way round.
     */
    public synchronized void refresh(UUID volunteerId) {
        VolunteerIndex current = index();
        MatchState now = QuarkusTransaction.requiringNew().call(() -> new MatchState(
                projection.liveMatchCount(volunteerId), projection.helpedRequesters(volunteerId),
                booked.of(volunteerId)));
        index = current.withMatches(volunteerId, now.live(), now.helped(), now.bookings());
    }

    private record MatchState(int live, Set<String> helped, List<Booking> bookings) {
    }

    /** After the commit only: a rolled-back change leaves the index as it was. */
    void onMatchesChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) VolunteerMatchesChanged changed) {
        try {
            refresh(changed.volunteerId());
        } catch (RuntimeException e) {
            // the index stays a little behind until the next rebuild; matching itself rechecks capacity in the table
            Log.warnf(e, "could not refresh the live matches of volunteer %s in the index", changed.volunteerId());
        }
    }

    private Optional<VolunteerSnapshot> read(String snapshot) {
        try {
            return Optional.of(json.readValue(snapshot, VolunteerSnapshot.class));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
