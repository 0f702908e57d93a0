package nl.talentenbureau.request.request;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.talentenbureau.platform.http.IfMatch;
import nl.talentenbureau.platform.problem.Problem;
import nl.talentenbureau.platform.problem.ProblemException;
import nl.talentenbureau.platform.problem.ProblemKind;
import nl.talentenbureau.request.catalog.Catalog;
import nl.talentenbureau.request.requester.RequesterService;

/** Intake: a request posted or replaced, checked for shape and against the catalogue, with its requester. */
@ApplicationScoped
public class RequestIntake {

    /**
     * The longest organisation alias every consumer of the request feed stores: matching-service kept it in a
     * varchar(80), where one longer alias failed every apply of its event. A Keycloak alias is a short slug; a token
     * with a longer one is refused here, at intake, rather than by a consumer later.
     */
    public static final int ORGANISATION_MAX_LENGTH = 80;

    private final RequestRepository requests;
    private final RequesterService requesters;
    private final Catalog catalog;
    private final RequestAccess access;
    private final RequestAnswers answers;

    public RequestIntake(RequestRepository requests, RequesterService requesters, Catalog catalog,
            RequestAccess access, RequestAnswers answers) {
        this.requests = requests;
        this.requesters = requesters;
        this.catalog = catalog;
        this.access = access;
        this.answers = answers;
    }

    /** A coordinator or partner app posts a request for its own organisation (taken from the token). */
    @Transactional
    public RequestDetails create(Viewer viewer, RequestInput input) {
        access.requireWriter(viewer);
        if (viewer.organisation().length() > ORGANISATION_MAX_LENGTH) {
            throw ProblemException.unprocessable("organisation", "the organisation alias of your token is longer than "
                    + ORGANISATION_MAX_LENGTH + " characters, more than the services store; ask for a shorter alias");
        }
        check(input);
        HelpRequest request = new HelpRequest();
        request.id = UUID.randomUUID();
        request.organisation = viewer.organisation();
        request.status = RequestStatus.OPEN;
        request.createdBy = viewer.subject();
        // as PostgreSQL keeps it, so the first answer and a replay (read back) show the same time
        request.createdAt = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
        request.updatedAt = request.createdAt;
        apply(request, input);
        // the key first, so the request is inserted whole (an update of the new row after persist would follow)
        RequesterService.Identity requester = requesters.identify(input.requester());
        request.requesterKey = requester.key();
        requests.persist(request);
        requesters.storeNew(request.id, input.requester(), requester);
        return answers.published(viewer, request, "RequestOpened");
    }

    /** Replaces what the client owns while the request is still OPEN. */
    @Transactional
    public RequestDetails replace(Viewer viewer, UUID id, IfMatch ifMatch, RequestInput input) {
        HelpRequest request = access.changeable(viewer, requests.findById(id));
        ifMatch.requireCurrent(request.version);
        if (request.status != RequestStatus.OPEN) {
            throw ProblemException.conflict("a request can be changed while it is OPEN; it is " + request.status);
        }
        check(input);
        apply(request, input);
        request.requesterKey = requesters.store(request.id, input.requester());
        request.updatedAt = OffsetDateTime.now();
        return answers.published(viewer, request, "RequestUpdated");
    }

    /** Shape rules first (400), then every code against the catalogue (422). */
    private void check(RequestInput input) {
        List<Problem.FieldError> errors = new ArrayList<>(ScheduleRules.check(input.schedule()));
        if (input.requesterKind() == RequesterKind.SENIOR && input.requester() == null) {
            errors.add(new Problem.FieldError("requester", "is needed for a SENIOR's request"));
        }
        distinct(errors, "languages", orEmpty(input.languages()));
        distinct(errors, "trainings", orEmpty(input.trainings()));
        distinct(errors, "talents", orEmpty(input.talents()).stream().map(TalentRequirement::code).toList());
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemKind.VALIDATION_FAILED,
                    errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b)
                            .orElseThrow(),
                    errors);
        }
        catalog.checkKern("kern", input.kern());
        catalog.checkTheme("theme", input.theme());
        List<TalentRequirement> talents = orEmpty(input.talents());
        for (int i = 0; i < talents.size(); i++) {
            catalog.checkTalent("talents[" + i + "].code", talents.get(i).code());
        }
        List<String> trainings = orEmpty(input.trainings());
        for (int i = 0; i < trainings.size(); i++) {
            catalog.checkTraining("trainings[" + i + "]", trainings.get(i));
        }
    }

    private static void apply(HelpRequest request, RequestInput input) {
        request.requesterKind = input.requesterKind();
        request.title = input.title().strip();
        request.description = input.description() == null || input.description().isBlank()
                ? null
                : input.description().strip();
        request.theme = input.theme();
        request.kern = input.kern();
        TreeMap<String, Integer> talents = new TreeMap<>();
        orEmpty(input.talents()).forEach(t -> talents.put(t.code(), t.minLevel()));
        if (!request.talents.equals(talents)) {
            request.talents.clear();
            request.talents.putAll(talents);
        }
        request.languages = new ArrayList<>(orEmpty(input.languages()));
        request.languageRequired = Boolean.TRUE.equals(input.languageRequired());
        request.vogRequired = Boolean.TRUE.equals(input.vogRequired());
        request.trainings = new ArrayList<>(orEmpty(input.trainings()));
        request.volunteersNeeded = input.volunteersNeeded();
        Schedule schedule = input.schedule();
        request.scheduleType = schedule.type();
        request.oneOffDate = schedule.date();
        request.dayParts = new ArrayList<>(orEmpty(schedule.dayParts()).stream().map(Enum::name).toList());
        request.slots = new ArrayList<>(orEmpty(schedule.slots()).stream().map(Enum::name).toList());
        request.startsOn = schedule.startsOn();
        request.endsOn = schedule.endsOn();
        request.hoursPerTime = schedule.hoursPerTime();
        request.urgency = input.urgency();
        request.dueDate = input.dueDate();
        request.autoOfferNext = Boolean.TRUE.equals(input.autoOfferNext());
    }

    private static void distinct(List<Problem.FieldError> errors, String field, List<String> values) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            if (!seen.add(values.get(i))) {
                errors.add(new Problem.FieldError(field + "[" + i + "]", "'" + values.get(i) + "' is listed twice"));
            }
        }
    }

    private static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }
}
