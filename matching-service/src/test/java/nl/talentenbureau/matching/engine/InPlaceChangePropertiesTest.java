package nl.talentenbureau.matching.engine;

import static nl.talentenbureau.matching.support.RandomInstances.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.talentenbureau.matching.profile.Booking;
import nl.talentenbureau.matching.profile.VolunteerProfile;
import nl.talentenbureau.matching.request.HelpRequest;
import nl.talentenbureau.matching.support.RandomInstances;
import nl.talentenbureau.matching.support.TestCatalog;

/**
 * {@link VolunteerIndex#withVolunteers} and {@link VolunteerIndex#withMatches} applied in place, in random sequences
 * (each trial has its own seed, named when it fails), answer exactly what an index built from scratch from the
 * resulting profiles answers; and the index they started from still answers what it answered before.
 */
class InPlaceChangePropertiesTest {

    private static final int TRIALS = 300;
    private static final int REQUESTERS = 6;
    private static final int PAGES = 6;

    private static VolunteerIndex build(Map<UUID, VolunteerProfile> volunteers) {
        return VolunteerIndex.build(List.copyOf(volunteers.values()), TestCatalog.DISTANCES, TestCatalog.TALENTS,
                TestCatalog.TRAININGS, Weights.DEFAULT);
    }

    @Test
    void changesAppliedInPlaceAnswerAsARebuild() {
        for (long seed = 0; seed < TRIALS; seed++) {
            RandomInstances random = RandomInstances.small(seed);
            Map<UUID, VolunteerProfile> truth = new LinkedHashMap<>();
            random.volunteers(random.random().nextInt(0, 30), REQUESTERS).forEach(p -> truth.put(p.id(), p));
            VolunteerIndex index = build(truth);
            List<HelpRequest> requests = new ArrayList<>();
            for (int r = 0; r < 6; r++) {
                requests.add(random.request(REQUESTERS));
            }
            for (int page = 0; page < PAGES; page++) {
                List<VolunteerProfile> upserts = new ArrayList<>();
                Set<UUID> removals = new HashSet<>();
                List<UUID> known = new ArrayList<>(truth.keySet());
                for (int c = random.random().nextInt(0, 6); c > 0; c--) {
                    int what = random.random().nextInt(3);
                    if (what == 0 || known.isEmpty()) {
                        upserts.add(random.volunteer(new UUID(random.random().nextLong(), page), REQUESTERS));
                    } else {
                        UUID id = known.remove(random.random().nextInt(known.size()));
                        if (what == 1) {
                            upserts.add(random.volunteer(id, REQUESTERS));
                        } else {
                            removals.add(id);
                        }
                    }
                }
                // an id the index never held is ignored
                removals.add(new UUID(-1, page));
                List<String> before = answers(index, requests);

                VolunteerIndex changed = index.withVolunteers(upserts, removals);
                upserts.forEach(p -> truth.put(p.id(), p));
                removals.forEach(truth::remove);

                assertThat(answers(index, requests)).as("seed %d page %d: the old version unchanged", seed, page)
                        .isEqualTo(before);
                assertThat(answers(changed, requests)).as("seed %d page %d", seed, page)
                        .isEqualTo(answers(build(truth), requests));
                index = changed;

                if (!truth.isEmpty()) {
                    List<UUID> ids = new ArrayList<>(truth.keySet());
                    VolunteerProfile p = truth.get(ids.get(random.random().nextInt(ids.size())));
                    int live = random.random().nextInt(0, 4);
                    Set<String> helped = random.random().nextBoolean()
                            ? p.helpedRequesters()
                            : Set.of("requester-" + random.random().nextInt(REQUESTERS));
                    // the times their matches hold: kept (a step that changed no booking), or drawn anew
                    List<Booking> bookings = random.random().nextBoolean()
                            ? p.bookings()
                            : RandomInstances.bookings(new UUID(seed, page), live);
                    index = bookings == p.bookings()
                            ? index.withMatches(p.id(), live, helped)
                            : index.withMatches(p.id(), live, helped, bookings);
                    truth.put(p.id(), new VolunteerProfile(p.id(), p.status(), p.homeKern(), p.maxTravelKm(),
                            p.talents(), p.vogValidUntil(), p.trainings(), p.languages(), p.weeklySlots(),
                            p.absences(), live, p.capacity(), helped, bookings));
                    assertThat(answers(index, requests)).as("seed %d page %d after a match change", seed, page)
                            .isEqualTo(answers(build(truth), requests));
                }
            }
            assertThat(index.size()).as("seed %d", seed).isEqualTo(truth.size());
        }
    }

    @Test
    void aVolunteerListedTwiceOrBothChangedAndRemovedIsRefused() {
        RandomInstances random = RandomInstances.small(7);
        List<VolunteerProfile> volunteers = random.volunteers(5, REQUESTERS);
        VolunteerIndex index = VolunteerIndex.build(volunteers, TestCatalog.DISTANCES, TestCatalog.TALENTS,
                TestCatalog.TRAININGS, Weights.DEFAULT);
        VolunteerProfile first = volunteers.get(0);

        assertThatIllegalArgumentException().isThrownBy(() -> index.withVolunteers(List.of(first, first), Set.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> index.withVolunteers(List.of(first),
                Set.of(first.id())));
        assertThat(index.withVolunteers(List.of(), Set.of())).isSameAs(index);
    }

    /** Every answer in comparable form: the full candidate lists with their components, and the eligible list. */
    private static List<String> answers(VolunteerIndex index, List<HelpRequest> requests) {
        List<String> answers = new ArrayList<>();
        for (HelpRequest request : requests) {
            answers.add(index.candidates(request, TODAY, 100).toString());
            Eligible eligible = index.eligible(request, TODAY);
            StringBuilder list = new StringBuilder();
            for (int e = 0; e < eligible.size(); e++) {
                list.append(index.id(eligible.positions()[e])).append('=').append(eligible.scores()[e])
                        .append(' ');
            }
            answers.add(list + " " + eligible.excluded());
        }
        return answers;
    }
}
