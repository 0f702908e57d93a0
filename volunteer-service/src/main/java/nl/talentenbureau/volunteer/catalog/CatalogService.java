package nl.talentenbureau.volunteer.catalog;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import nl.talentenbureau.platform.problem.ProblemException;

/**
 * Reads the catalogues, checks codes that other features refer to, and lets an admin extend them; every change is
 * published in the feed ({@link CatalogFeed}) in the same transaction.
 */
@ApplicationScoped
public class CatalogService {

    private final KernRepository kernen;
    private final ThemeRepository themes;
    private final TalentRepository talents;
    private final TrainingRepository trainings;
    private final CatalogFeed feed;

    public CatalogService(KernRepository kernen, ThemeRepository themes, TalentRepository talents,
            TrainingRepository trainings, CatalogFeed feed) {
        this.kernen = kernen;
        this.themes = themes;
        this.talents = talents;
        this.trainings = trainings;
        this.feed = feed;
    }

    public List<Kern> kernen() {
        return kernen.listAll(Sort.by("municipality").and("name"));
    }

    public List<Theme> themes() {
        return themes.listAll(Sort.by("code"));
    }

    public List<Talent> talents() {
        return talents.listAll(Sort.by("code"));
    }

    public List<Training> trainings() {
        return trainings.listAll(Sort.by("code"));
    }

    public Optional<Training> training(String code) {
        return trainings.findByIdOptional(code);
    }

    /** 422 on the given field when the kern code is unknown. */
    public void checkKern(String field, String code) {
        if (code != null && kernen.findById(code) == null) {
            throw ProblemException.unprocessable(field, "unknown kern '" + code + "'");
        }
    }

    public void checkThemes(String field, Collection<String> codes) {
        int index = 0;
        for (String code : codes) {
            if (themes.findById(code) == null) {
                throw ProblemException.unprocessable(field + "[" + index + "]", "unknown theme '" + code + "'");
            }
            index++;
        }
    }

    /** 422 when a talent is unknown or retired: a retired talent stays on old profiles but is not handed out. */
    public void checkAssignableTalent(String field, String code) {
        Talent talent = talents.findById(code);
        if (talent == null) {
            throw ProblemException.unprocessable(field, "unknown talent '" + code + "'");
        }
        if (talent.retired()) {
            throw ProblemException.unprocessable(field, "talent '" + code + "' is retired");
        }
    }

    public Training assignableTraining(String field, String code) {
        Training training = trainings.findById(code);
        if (training == null) {
            throw ProblemException.unprocessable(field, "unknown training '" + code + "'");
        }
        if (training.retired()) {
            throw ProblemException.unprocessable(field, "training '" + code + "' is retired");
        }
        return training;
    }

    /** 422 when a training is unknown or retired: for a feature that needs the code only, not the entry. */
    public void checkAssignableTraining(String field, String code) {
        assignableTraining(field, code);
    }

    public void checkKnownTalent(String field, String code) {
        if (talents.findById(code) == null) {
            throw ProblemException.unprocessable(field, "unknown talent '" + code + "'");
        }
    }

    public void checkKnownTraining(String field, String code) {
        if (trainings.findById(code) == null) {
            throw ProblemException.unprocessable(field, "unknown training '" + code + "'");
        }
    }

    @Transactional
    public Talent addTalent(CatalogViews.TalentCreate create) {
        if (talents.findById(create.code()) != null) {
            throw ProblemException.conflict("talent '" + create.code() + "' already exists");
        }
        if (themes.findById(create.theme()) == null) {
            throw ProblemException.unprocessable("theme", "unknown theme '" + create.theme() + "'");
        }
        Talent talent = new Talent();
        talent.code = create.code();
        talent.themeCode = create.theme();
        talent.nameNl = create.nameNl();
        talent.nameEn = create.nameEn();
        talents.persist(talent);
        feed.publish(talent);
        return talent;
    }

    @Transactional
    public Training addTraining(CatalogViews.TrainingCreate create) {
        if (trainings.findById(create.code()) != null) {
            throw ProblemException.conflict("training '" + create.code() + "' already exists");
        }
        Training training = new Training();
        training.code = create.code();
        training.nameNl = create.nameNl();
        training.nameEn = create.nameEn();
        training.validYears = create.validYears();
        trainings.persist(training);
        feed.publish(training);
        return training;
    }

    /** Retiring is idempotent: the first retirement date stays, and only the first retirement is published. */
    @Transactional
    public Talent retireTalent(String code) {
        Talent talent = talents.findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("talent"));
        if (talent.retiredAt == null) {
            talent.retiredAt = now();
            feed.publish(talent);
        }
        return talent;
    }

    @Transactional
    public Training retireTraining(String code) {
        Training training = trainings.findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("training"));
        if (training.retiredAt == null) {
            training.retiredAt = now();
            feed.publish(training);
        }
        return training;
    }

    // PostgreSQL keeps microseconds: the event written now must show the instant a later read (or V3) shows
    private static OffsetDateTime now() {
        return OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
    }
}
