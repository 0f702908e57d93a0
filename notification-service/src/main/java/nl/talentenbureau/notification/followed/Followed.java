package nl.talentenbureau.notification.followed;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The copies of the three feeds this service keeps, and the only way in to them. Every write replaces a row only with
 * a newer version, so an event applied again changes nothing and says so ({@code false}).
 */
@ApplicationScoped
public class Followed {

    private static final TypeReference<Map<String, LocalDate>> TRAININGS = new TypeReference<>() {
    };

    private final FollowedVolunteerRepository volunteers;
    private final FollowedRequestRepository requests;
    private final FollowedMatchRepository matches;
    private final ObjectMapper json;

    public Followed(FollowedVolunteerRepository volunteers, FollowedRequestRepository requests,
            FollowedMatchRepository matches, ObjectMapper json) {
        this.volunteers = volunteers;
        this.requests = requests;
        this.matches = matches;
        this.json = json;
    }

    /** @return whether this is a newer version than the one stored (false: seen already, nothing to do) */
    @Transactional
    public boolean followMatch(MatchState state) {
        FollowedMatch match = matches.findById(state.id());
        if (match != null && match.version >= state.version()) {
            return false;
        }
        boolean created = match == null;
        if (created) {
            match = new FollowedMatch();
            match.id = state.id();
        }
        match.version = state.version();
        match.requestId = state.requestId();
        match.volunteerId = state.volunteerId();
        match.organisation = state.organisation();
        match.status = state.status();
        if (state.answerDeadline() != null) {
            match.answerDeadline = state.answerDeadline();
        }
        match.updatedAt = OffsetDateTime.now();
        if (created) {
            matches.persist(match);
        }
        return true;
    }

    @Transactional
    public boolean followVolunteer(VolunteerState state) {
        FollowedVolunteer volunteer = volunteers.findById(state.id());
        if (volunteer != null && volunteer.version >= state.version()) {
            return false;
        }
        boolean created = volunteer == null;
        if (created) {
            volunteer = new FollowedVolunteer();
            volunteer.id = state.id();
        }
        volunteer.version = state.version();
        volunteer.subject = state.subject();
        volunteer.status = state.status();
        volunteer.reachBy = state.reachBy();
        volunteer.organisations = String.join(",", new TreeSet<>(state.organisations()));
        volunteer.vogValidUntil = state.vogValidUntil();
        volunteer.trainings = write(new TreeMap<>(state.trainings()));
        volunteer.updatedAt = OffsetDateTime.now();
        if (created) {
            volunteers.persist(volunteer);
        }
        return true;
    }

    /** Erasure: the volunteer's row goes. */
    @Transactional
    public void forgetVolunteer(UUID id) {
        volunteers.deleteById(id);
        matches.update("volunteerId = null where volunteerId = ?1", id);
    }

    @Transactional
    public boolean followRequest(RequestFacts facts) {
        FollowedRequest request = requests.findById(facts.id());
        if (request != null && request.version >= facts.version()) {
            return false;
        }
        boolean created = request == null;
        if (created) {
            request = new FollowedRequest();
            request.id = facts.id();
        }
        request.version = facts.version();
        request.organisation = facts.organisation();
        request.status = facts.status();
        request.theme = facts.theme();
        request.kern = facts.kern();
        request.schedule = facts.schedule() == null ? null : write(facts.schedule());
        request.urgency = facts.urgency();
        request.dueDate = facts.dueDate();
        request.updatedAt = OffsetDateTime.now();
        if (created) {
            requests.persist(request);
        }
        return true;
    }

    public Optional<RequestFacts> request(UUID id) {
        return id == null ? Optional.empty() : requests.findByIdOptional(id).map(this::facts);
    }

    public Optional<VolunteerState> volunteer(UUID id) {
        return volunteers.findByIdOptional(id).map(this::state);
    }

    /** The volunteer ids of an account subject (one, or none). */
    public List<UUID> volunteersOfSubject(String subject) {
        return volunteers.bySubject(subject).stream().map(v -> v.id).toList();
    }

    /** Every volunteer that has not stopped: the daily renewal check. */
    public List<VolunteerState> notStopped() {
        return volunteers.notStopped().stream().map(this::state).toList();
    }

    public List<VolunteerState> volunteersOf(String organisation) {
        return notStopped().stream().filter(v -> v.organisations().contains(organisation)).toList();
    }

    public List<RequestFacts> openWithoutLiveOffer(String organisation) {
        return requests.openWithoutLiveOffer(organisation).stream().map(this::facts).toList();
    }

    public List<MatchState> waitingOffers(String organisation) {
        return matches.waiting(organisation).stream().map(Followed::state).toList();
    }

    /** Every organisation that has requests or matches here: the weekly digest goes to each. */
    public List<String> organisations() {
        TreeSet<String> all = new TreeSet<>(requests.organisations());
        all.addAll(matches.organisations());
        return List.copyOf(all);
    }

    private VolunteerState state(FollowedVolunteer v) {
        List<String> organisations = v.organisations == null || v.organisations.isBlank()
                ? List.of()
                : Arrays.asList(v.organisations.split(","));
        return new VolunteerState(v.id, v.version, v.subject, v.status, v.reachBy, organisations, v.vogValidUntil,
                read(v.trainings, TRAININGS, Map.of()));
    }

    private static MatchState state(FollowedMatch m) {
        return new MatchState(m.id, m.version, m.requestId, m.volunteerId, m.organisation, m.status,
                m.answerDeadline);
    }

    private RequestFacts facts(FollowedRequest r) {
        RequestFacts.Schedule schedule = r.schedule == null
                ? null
                : read(r.schedule, new TypeReference<RequestFacts.Schedule>() {
                }, null);
        return new RequestFacts(r.id, r.version, r.organisation, r.status, r.theme, r.kern, schedule, r.urgency,
                r.dueDate);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    private <T> T read(String value, TypeReference<T> type, T fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            return fallback;
        }
    }
}
