package nl.talentenbureau.web.volunteers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import nl.talentenbureau.web.profile.VolunteerApi.TalentLevel;
import nl.talentenbureau.web.volunteers.PoolApi.CoordinatorInput;
import nl.talentenbureau.web.volunteers.PoolApi.Volunteer;

/**
 * The coordinator's profile form, as typed or as read: text as it stands in the fields, levels by talent code. It
 * knows which of its fields are not filled in as the API needs them, what {@code PUT /api/volunteers/{id}} gets from
 * it (what the form does not show is sent back as read, so nothing is lost), and after a stale save which fields
 * differ from what is saved now. Plain Java.
 *
 * <p>
 * The field names are the form's ({@code fullName}, {@code yearOfBirth}, {@code kern}, {@code spoken}: their error
 * sentences speak to the coordinator about the volunteer, unlike the volunteer's own form).
 */
public record ProfileForm(String fullName, String email, String phone, String yearOfBirth, String kern,
        String maxTravelKm, String capacity, List<String> spoken, Map<String, Integer> levels, List<String> themes) {

    static final List<String> LANGUAGES = List.of("nl", "en", "de", "fr", "tr", "ar");
    static final List<String> FIELDS = List.of("fullName", "email", "phone", "yearOfBirth", "kern", "maxTravelKm",
            "capacity", "spoken", "talents", "themes");
    /** The API's field names (Bean Validation paths end in them) to the form's. */
    static final Map<String, String> API_FIELDS = Map.ofEntries(Map.entry("name", "fullName"),
            Map.entry("email", "email"), Map.entry("phone", "phone"), Map.entry("birthYear", "yearOfBirth"),
            Map.entry("homeKern", "kern"), Map.entry("maxTravelKm", "maxTravelKm"),
            Map.entry("capacity", "capacity"), Map.entry("languages", "spoken"), Map.entry("talents", "talents"),
            Map.entry("code", "talents"), Map.entry("level", "talents"), Map.entry("themes", "themes"));

    public ProfileForm {
        fullName = text(fullName);
        email = text(email);
        phone = text(phone);
        yearOfBirth = text(yearOfBirth);
        kern = text(kern);
        maxTravelKm = text(maxTravelKm);
        capacity = text(capacity);
        spoken = spoken == null ? List.of() : List.copyOf(new LinkedHashSet<>(spoken));
        levels = levels == null ? Map.of() : Map.copyOf(levels);
        themes = themes == null ? List.of() : List.copyOf(new LinkedHashSet<>(themes));
    }

    public static ProfileForm of(Volunteer v) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        v.talents().forEach(t -> levels.put(t.code(), t.level()));
        return new ProfileForm(v.name(), v.email(), v.phone(), number(v.birthYear()), v.homeKern(),
                number(v.maxTravelKm()), number(v.capacity()), v.languages(), levels, v.themes());
    }

    /**
     * The form as posted: {@code level-<code>} per talent offered (empty for none, else 1 to 3), {@code spoken} and
     * {@code theme} repeated per choice.
     */
    public static ProfileForm read(Map<String, List<String>> form) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            if (name.startsWith("level-") && values != null && !values.isEmpty()
                    && List.of("1", "2", "3").contains(values.getFirst())) {
                levels.put(name.substring("level-".length()), Integer.valueOf(values.getFirst()));
            }
        });
        return new ProfileForm(first(form, "fullName"), first(form, "email"), first(form, "phone"),
                first(form, "yearOfBirth"), first(form, "kern"), first(form, "maxTravelKm"),
                first(form, "capacity"), form.getOrDefault("spoken", List.of()), levels,
                form.getOrDefault("theme", List.of()));
    }

    /** The levels a talent can have (1 basic, 2 good, 3 expert). */
    public List<Integer> levelChoices() {
        return List.of(1, 2, 3);
    }

    public int level(String code) {
        return levels.getOrDefault(code, 0);
    }

    /** The fields the page itself finds wrong, before the API is asked: what is required, what must be a number. */
    public List<String> wrong() {
        List<String> wrong = new ArrayList<>();
        if (fullName == null) {
            wrong.add("fullName");
        }
        if (yearOfBirth != null && integer(yearOfBirth) == null) {
            wrong.add("yearOfBirth");
        }
        if (kern == null) {
            wrong.add("kern");
        }
        if (integer(maxTravelKm) == null) {
            wrong.add("maxTravelKm");
        }
        if (integer(capacity) == null) {
            wrong.add("capacity");
        }
        return wrong;
    }

    /**
     * The whole profile for the PUT. What the form did not offer is kept as read in {@code current}: the availability,
     * a language outside the form's list, a talent or theme the catalogue no longer lists. When the API withholds the
     * contact details, e-mail and phone are not sent (the API keeps the stored ones).
     */
    public CoordinatorInput input(Volunteer current, Collection<String> offeredTalents,
            Collection<String> offeredThemes) {
        List<String> languages = new ArrayList<>(LANGUAGES.stream().filter(spoken::contains).toList());
        current.languages().stream().filter(l -> !LANGUAGES.contains(l) && !languages.contains(l))
                .forEach(languages::add);
        List<TalentLevel> talents = new ArrayList<>();
        offeredTalents.stream().filter(levels::containsKey)
                .forEach(c -> talents.add(new TalentLevel(c, levels.get(c))));
        current.talents().stream().filter(t -> !offeredTalents.contains(t.code())).forEach(talents::add);
        List<String> chosenThemes = new ArrayList<>(offeredThemes.stream().filter(themes::contains).toList());
        current.themes().stream().filter(t -> !offeredThemes.contains(t)).forEach(chosenThemes::add);
        boolean contact = !current.contactWithheld();
        return new CoordinatorInput(fullName, contact ? email : null, contact ? phone : null, integer(yearOfBirth),
                kern, integer(maxTravelKm), languages, talents, current.availability(), chosenThemes,
                integer(capacity));
    }

    /**
     * The fields where what is saved now differs from what was typed: {@code level-<code>} per talent, the others by
     * their form name. E-mail and phone only when they are shown.
     */
    public Set<String> differences(ProfileForm now, boolean contactShown) {
        Set<String> changed = new LinkedHashSet<>();
        differ(changed, "fullName", fullName, now.fullName);
        if (contactShown) {
            differ(changed, "email", email, now.email);
            differ(changed, "phone", phone, now.phone);
        }
        differ(changed, "yearOfBirth", integer(yearOfBirth), integer(now.yearOfBirth));
        differ(changed, "kern", kern, now.kern);
        differ(changed, "maxTravelKm", integer(maxTravelKm), integer(now.maxTravelKm));
        differ(changed, "capacity", integer(capacity), integer(now.capacity));
        differ(changed, "spoken", Set.copyOf(spoken), Set.copyOf(now.spoken));
        differ(changed, "themes", Set.copyOf(themes), Set.copyOf(now.themes));
        Set<String> codes = new LinkedHashSet<>(levels.keySet());
        codes.addAll(now.levels.keySet());
        codes.forEach(code -> differ(changed, "level-" + code, level(code), now.level(code)));
        return changed;
    }

    private static void differ(Set<String> changed, String field, Object typed, Object now) {
        if (!Objects.equals(typed, now)) {
            changed.add(field);
        }
    }

    private static String first(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String number(Integer value) {
        return value == null ? null : value.toString();
    }

    static Integer integer(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
