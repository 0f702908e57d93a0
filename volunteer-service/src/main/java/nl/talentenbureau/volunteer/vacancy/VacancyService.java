package nl.talentenbureau.volunteer.vacancy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import nl.talentenbureau.platform.http.IfMatch;
import nl.talentenbureau.platform.problem.ProblemException;
import nl.talentenbureau.volunteer.availability.WeeklySlots;
import nl.talentenbureau.volunteer.catalog.CatalogService;

/** Vacancies: an organisation's coordinators publish and change them; anyone reads the open ones. */
@ApplicationScoped
public class VacancyService {

    static final int MAX_LISTED = 200;

    private final VacancyRepository vacancies;
    private final CatalogService catalog;

    public VacancyService(VacancyRepository vacancies, CatalogService catalog) {
        this.vacancies = vacancies;
        this.catalog = catalog;
    }

    /** The open vacancies and a tag that changes whenever the answer would. */
    public record Published(List<PublicVacancyView> vacancies, String tag) {
    }

    @Transactional
    public Vacancy create(String organisation, VacancyInput input) {
        check(input);
        OffsetDateTime now = now();
        Vacancy vacancy = new Vacancy();
        vacancy.id = UUID.randomUUID();
        vacancy.organisation = organisation;
        vacancy.createdAt = now;
        apply(vacancy, input, now);
        vacancies.persist(vacancy);
        vacancies.flush();
        return vacancy;
    }

    @Transactional
    public Vacancy replace(UUID id, String organisation, IfMatch ifMatch, VacancyInput input) {
        Vacancy vacancy = own(id, organisation);
        ifMatch.requireCurrent(vacancy.version);
        check(input);
        apply(vacancy, input, now());
        // the new version for the ETag; a writer that read the same version fails here (optimistic lock)
        vacancies.flush();
        return vacancy;
    }

    /** An admin reads any; a coordinator their own organisation's (403 for another's). */
    public Vacancy get(UUID id, String organisation, boolean admin) {
        return admin ? vacancies.findByIdOptional(id).orElseThrow(VacancyService::notFound) : own(id, organisation);
    }

    /** Of one organisation (null: all, for an admin), newest first; at most {@value #MAX_LISTED}. */
    public List<Vacancy> list(String organisation, VacancyStatus status) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (organisation != null) {
            query.append(" and organisation = :organisation");
            parameters.and("organisation", organisation);
        }
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        return vacancies.find(query.toString(), Sort.descending("updatedAt").and("id"), parameters)
                .page(0, MAX_LISTED).list();
    }

    /** The open vacancies, newest first, optionally in one kern (or anywhere) or of one theme. */
    public Published published(String kern, String theme) {
        StringBuilder query = new StringBuilder("status = :open");
        Parameters parameters = Parameters.with("open", VacancyStatus.OPEN);
        if (theme != null) {
            query.append(" and theme = :theme");
            parameters.and("theme", theme);
        }
        List<PublicVacancyView> found = vacancies.find(query.toString(), Sort.descending("updatedAt").and("id"),
                parameters).stream()
                .filter(v -> kern == null || v.kernen.isEmpty() || v.kernen.contains(kern))
                .limit(MAX_LISTED).map(PublicVacancyView::of).toList();
        return new Published(found, tagOf(found));
    }

    /** One open vacancy; 404 when unknown or closed (a closed one is nobody's business outside). */
    public PublicVacancyView published(UUID id) {
        return vacancies.findByIdOptional(id).filter(v -> v.status == VacancyStatus.OPEN)
                .map(PublicVacancyView::of).orElseThrow(VacancyService::notFound);
    }

    /** An open vacancy, for an application to it; empty when unknown or closed. */
    public Optional<PublicVacancyView> open(UUID id) {
        return vacancies.findByIdOptional(id).filter(v -> v.status == VacancyStatus.OPEN).map(PublicVacancyView::of);
    }

    /** A vacancy's title, open or closed (an applicant's mail names what they applied to). */
    public Optional<String> titleOf(UUID id) {
        return vacancies.findByIdOptional(id).map(v -> v.title);
    }

    /** A strong tag of exactly what is shown: the same answer, the same tag, on every instance. */
    public static String tagOf(Object shown) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(shown.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private Vacancy own(UUID id, String organisation) {
        Vacancy vacancy = vacancies.findByIdOptional(id).orElseThrow(VacancyService::notFound);
        if (!vacancy.organisation.equals(organisation)) {
            throw ProblemException.forbidden("only coordinators of the vacancy's organisation manage it");
        }
        return vacancy;
    }

    private void check(VacancyInput input) {
        if (input.hoursPerWeek() == null && input.slotList().isEmpty()) {
            throw ProblemException.invalid("hoursPerWeek", "say the time per week, the slots, or both");
        }
        catalog.checkThemes("theme", List.of(input.theme()));
        List<String> talents = input.talentCodes();
        for (int i = 0; i < talents.size(); i++) {
            catalog.checkAssignableTalent("talents[" + i + "]", talents.get(i));
        }
        List<String> kernen = input.kernCodes();
        for (int i = 0; i < kernen.size(); i++) {
            catalog.checkKern("kernen[" + i + "]", kernen.get(i));
        }
        List<String> trainings = input.trainingCodes();
        for (int i = 0; i < trainings.size(); i++) {
            catalog.checkAssignableTraining("trainings[" + i + "]", trainings.get(i));
        }
    }

    private static void apply(Vacancy vacancy, VacancyInput input, OffsetDateTime now) {
        vacancy.title = input.title().strip();
        vacancy.description = input.description().strip();
        vacancy.theme = input.theme();
        vacancy.talents = new ArrayList<>(input.talentCodes());
        vacancy.kernen = new ArrayList<>(input.kernCodes());
        vacancy.hoursPerWeek = input.hoursPerWeek();
        vacancy.slots = WeeklySlots.of(input.slotList()).bits();
        vacancy.vogRequired = input.vogRequired();
        vacancy.trainings = new ArrayList<>(input.trainingCodes());
        vacancy.status = input.status();
        vacancy.updatedAt = now;
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("vacancy");
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
    }
}
