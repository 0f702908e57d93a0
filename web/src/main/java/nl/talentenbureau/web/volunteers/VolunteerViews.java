package nl.talentenbureau.web.volunteers;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.talentenbureau.web.shared.api.CatalogApi.Kern;
import nl.talentenbureau.web.shared.api.CatalogApi.Talent;
import nl.talentenbureau.web.shared.api.CatalogApi.Theme;
import nl.talentenbureau.web.shared.api.CatalogApi.Training;
import nl.talentenbureau.web.volunteers.PoolApi.Expiring;
import nl.talentenbureau.web.volunteers.PoolApi.Summary;
import nl.talentenbureau.web.volunteers.PoolApi.TrainingRecord;
import nl.talentenbureau.web.volunteers.PoolApi.Volunteer;

/** What the volunteer pages show, made from the API's answers and the catalogue; no rule of the API repeated. */
public final class VolunteerViews {

    private VolunteerViews() {
    }

    /** The catalogue the forms choose from. */
    public record Catalogue(List<Kern> kernen, List<Talent> talents, List<Theme> themes, List<Training> trainings) {

        public String kernName(String code) {
            return kernen.stream().filter(k -> k.code().equals(code)).map(Kern::name).findFirst()
                    .orElse(code == null ? "" : code);
        }

        /** Trainings that can be recorded now (not retired). */
        public List<Training> assignable() {
            return trainings.stream().filter(t -> t.retiredAt() == null).toList();
        }
    }

    /** One search result; the talents with the catalogue's names where it has them. */
    public record Row(UUID id, String name, String status, String kern, List<HeldTalent> talents) {
    }

    /** A talent a volunteer holds; {@code talent} is null when the catalogue no longer lists the code. */
    public record HeldTalent(String code, Talent talent, int level) {
    }

    /** A talent of the profile form: the level typed and, after a stale save, the level saved now when it differs. */
    public record TalentRow(Talent talent, int level, boolean changed, int savedLevel) {
    }

    public record ThemeRow(Theme theme, boolean chosen) {
    }

    /** A completed training; {@code training} is null when the catalogue no longer lists the code. */
    public record HeldTraining(TrainingRecord record, Training training) {
    }

    /**
     * Everything the profile page shows: the volunteer as the API answered, the form (as read, or as typed when it
     * came back), after a stale save what is saved now and which fields differ, and the version the form sends.
     */
    public record ProfilePage(Volunteer volunteer, ProfileForm form, ProfileForm saved, Set<String> changed,
            long version, String savedKern, Catalogue catalogue, List<TalentRow> talents, List<ThemeRow> themes,
            List<String> languages, List<String> nextStatuses, List<HeldTraining> trainings,
            boolean staleStatus) {

        public boolean stale() {
            return saved != null;
        }

        public ProfilePage withStaleStatus() {
            return new ProfilePage(volunteer, form, saved, changed, version, savedKern, catalogue, talents, themes,
                    languages, nextStatuses, trainings, true);
        }

        public List<Theme> savedThemes() {
            return saved == null
                    ? List.of()
                    : catalogue.themes().stream().filter(t -> saved.themes().contains(t.code())).toList();
        }
    }

    /** A renewal due: the volunteer, what runs out (VOG or a training) and when; {@code expired} when already past. */
    public record Renewal(UUID volunteerId, String name, boolean vog, String code, Training training,
            LocalDate expiresOn, boolean expired) {
    }

    /** The API's expiring records in its order, with the training's catalogue name and whether it ran out already. */
    public static List<Renewal> renewals(List<Expiring> expiring, List<Training> trainings, LocalDate today) {
        Map<String, Training> byCode = trainings.stream()
                .collect(Collectors.toMap(Training::code, Function.identity(), (a, b) -> a));
        return expiring.stream().map(e -> new Renewal(e.volunteerId(), e.name(), "VOG".equals(e.kind()), e.code(),
                e.code() == null ? null : byCode.get(e.code()), e.expiresOn(),
                e.expiresOn() != null && e.expiresOn().isBefore(today))).toList();
    }

    static Row row(Summary summary, Catalogue catalogue) {
        Map<String, Talent> byCode = catalogue.talents().stream()
                .collect(Collectors.toMap(Talent::code, Function.identity(), (a, b) -> a));
        return new Row(summary.id(), summary.name(), summary.status(), catalogue.kernName(summary.homeKern()),
                summary.talents().stream().map(t -> new HeldTalent(t.code(), byCode.get(t.code()), t.level()))
                        .toList());
    }

    /** The page as read. */
    static ProfilePage page(Volunteer now, Catalogue catalogue) {
        return build(now, ProfileForm.of(now), null, Set.of(), now.version(), catalogue);
    }

    /** The page with what the coordinator typed (a form that came back with errors), at the version they read. */
    static ProfilePage typed(Volunteer now, ProfileForm typed, long version, Catalogue catalogue) {
        return build(now, typed, null, Set.of(), version, catalogue);
    }

    /** After a stale save: what was typed, what is saved now under each field that differs, the new version. */
    static ProfilePage stale(Volunteer now, ProfileForm typed, Catalogue catalogue) {
        ProfileForm saved = ProfileForm.of(now);
        return build(now, typed, saved, typed.differences(saved, !now.contactWithheld()), now.version(), catalogue);
    }

    /** The talents the form offers: those of the catalogue not retired, and retired ones while the volunteer holds them. */
    static List<String> offeredTalents(Volunteer volunteer, Catalogue catalogue) {
        Set<String> held = volunteer.talents().stream().map(t -> t.code()).collect(Collectors.toSet());
        return catalogue.talents().stream().filter(t -> t.retiredAt() == null || held.contains(t.code()))
                .map(Talent::code).toList();
    }

    static List<String> themeCodes(Catalogue catalogue) {
        return catalogue.themes().stream().map(Theme::code).toList();
    }

    private static ProfilePage build(Volunteer now, ProfileForm form, ProfileForm saved, Set<String> changed,
            long version, Catalogue catalogue) {
        List<String> offered = offeredTalents(now, catalogue);
        List<TalentRow> talents = catalogue.talents().stream().filter(t -> offered.contains(t.code()))
                .map(t -> new TalentRow(t, form.level(t.code()), changed.contains("level-" + t.code()),
                        saved == null ? 0 : saved.level(t.code())))
                .toList();
        List<ThemeRow> themes = catalogue.themes().stream()
                .map(t -> new ThemeRow(t, form.themes().contains(t.code()))).toList();
        List<String> next = SearchFilter.STATUSES.stream().filter(s -> !s.equals(now.status())).toList();
        Map<String, Training> byCode = catalogue.trainings().stream()
                .collect(Collectors.toMap(Training::code, Function.identity(), (a, b) -> a));
        List<HeldTraining> held = now.screening().trainings().stream()
                .map(r -> new HeldTraining(r, byCode.get(r.code()))).toList();
        return new ProfilePage(now, form, saved, changed, version,
                saved == null ? null : catalogue.kernName(saved.kern()), catalogue, talents, themes,
                ProfileForm.LANGUAGES, next, held, false);
    }
}
