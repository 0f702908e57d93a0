package nl.talentenbureau.deploy;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The demo volunteers of Stichtse Vecht: the same ones on every machine (fixed seed), created through the public
 * API by the two demo coordinators, with consent for matching recorded, and stepped along their status lifecycle,
 * most of them to ACTIVE.
 */
public final class DemoData {

    public static final long SEED = 20_250_611L;
    public static final int COUNT = 200;
    /** volunteer-anna's home kern, talent, weekly slots and the training only she holds among the demo volunteers. */
    public static final String ANNA_KERN = "breukelen";
    public static final String ANNA_TALENT = "digital-help";
    public static final List<String> ANNA_AVAILABILITY = List.of("TUE_MORNING", "THU_AFTERNOON");
    public static final String ANNA_TRAINING = "digicoach";
    public static final int ANNA_CAPACITY = 3;
    /** Every fourth demo volunteer has no e-mail address. */
    static final int WITHOUT_EMAIL_EVERY = 4;

    /** The kernen of Stichtse Vecht, each with a weight that roughly follows its size. */
    static final Map<String, Integer> KERNEN = Map.ofEntries(
            Map.entry("breukelen", 5), Map.entry("kockengen", 2), Map.entry("loenen-aan-de-vecht", 3),
            Map.entry("loenersloot", 1), Map.entry("maarssen-dorp", 4), Map.entry("maarssenbroek", 7),
            Map.entry("nieuwer-ter-aa", 1), Map.entry("nieuwersluis", 1), Map.entry("nigtevecht", 2),
            Map.entry("oud-zuilen", 1), Map.entry("tienhoven", 1), Map.entry("vreeland", 1));

    private static final List<String> FIRST_NAMES = List.of("Anneke", "Bert", "Carla", "Dirk", "Els", "Frans",
            "Gerda", "Hans", "Ineke", "Jan", "Karin", "Leo", "Marja", "Nico", "Olga", "Piet", "Ria", "Sjaak",
            "Truus", "Wim", "Yvonne", "Zeynep", "Mohamed", "Fatima", "Sanne", "Daan", "Lotte", "Thijs", "Emma",
            "Joris", "Noor", "Ruben", "Willemijn", "Kees", "Henk", "Greet", "Ahmed", "Agnieszka", "Rob", "Tineke");
    private static final List<String> LAST_NAMES = List.of("de Vries", "Jansen", "van Dijk", "Bakker", "Visser",
            "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen",
            "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "van den Berg",
            "Kok", "Jacobs", "de Haan", "Vermeulen", "van den Heuvel", "van Vliet", "Yilmaz", "El Amrani",
            "Kowalski", "Schouten", "Post", "Verhoeven", "Koster", "Prins", "Huisman", "Kuipers", "van Wijk");
    private static final List<String> DAYS = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");
    private static final List<String> PARTS = List.of("MORNING", "AFTERNOON", "EVENING");
    private static final List<String> OTHER_LANGUAGES = List.of("en", "en", "en", "de", "fr", "tr", "ar", "pl");

    /** A talent of the catalogue and its theme. */
    public record Talent(String code, String theme) {
    }

    /** One volunteer to create: the coordinator's request body and the status to step to. */
    public record Planned(Map<String, Object> body, String targetStatus, DemoAccounts.User coordinator) {

        /** The status steps from APPLIED to the target. */
        public List<String> steps() {
            return switch (targetStatus) {
                case "ACTIVE" -> List.of("INTAKE", "ACTIVE");
                case "PAUSED" -> List.of("INTAKE", "ACTIVE", "PAUSED");
                case "INTAKE" -> List.of("INTAKE");
                default -> List.of();
            };
        }
    }

    /** What a load did. */
    public record Loaded(int created, int active, boolean skipped, long present) {
    }

    private DemoData() {
    }

    /** The demo volunteers; the same list for the same seed and catalogue. */
    public static List<Planned> plan(long seed, int count, List<Talent> catalogue) {
        List<Talent> talents = catalogue.stream().sorted(Comparator.comparing(Talent::code)).toList();
        List<String> kernen = KERNEN.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .flatMap(e -> Collections.nCopies(e.getValue(), e.getKey()).stream()).toList();
        Random random = new Random(seed);
        List<Planned> planned = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String first = pick(random, FIRST_NAMES);
            String last = pick(random, LAST_NAMES);
            Set<String> languages = new LinkedHashSet<>(List.of("nl"));
            if (random.nextInt(100) < 35) {
                languages.add(pick(random, OTHER_LANGUAGES));
            }
            List<Map<String, Object>> talentLevels = new ArrayList<>();
            Set<String> themes = new LinkedHashSet<>();
            for (Talent talent : sample(random, talents, 1 + random.nextInt(4))) {
                talentLevels.add(Api.object("code", talent.code(), "level", 1 + random.nextInt(3)));
                themes.add(talent.theme());
            }
            List<String> slots = new ArrayList<>();
            for (String day : DAYS) {
                for (String part : PARTS) {
                    slots.add(day + "_" + part);
                }
            }
            List<String> availability = sample(random, slots, 2 + random.nextInt(8)).stream()
                    .sorted(Comparator.comparing(slots::indexOf)).toList();
            Map<String, Object> body = new LinkedHashMap<>(Api.object(
                    "name", first + " " + last,
                    "email", slug(first + "." + last) + "." + (i + 1) + "@example.org",
                    "phone", String.format("+31 6 %08d", random.nextInt(100_000_000)),
                    "birthYear", random.nextInt(100) < 65 ? 1940 + random.nextInt(26) : 1966 + random.nextInt(40),
                    "homeKern", pick(random, kernen),
                    "maxTravelKm", 2 + random.nextInt(14),
                    "languages", List.copyOf(languages),
                    "talents", talentLevels,
                    "availability", availability,
                    "themes", List.copyOf(themes),
                    "capacity", 1 + random.nextInt(3)));
            if (i % WITHOUT_EMAIL_EVERY == WITHOUT_EMAIL_EVERY - 1) {
                // not everyone is online: they hear of an offer by phone, from the coordinator's call list
                body.remove("email");
            }
            int roll = random.nextInt(100);
            String status = roll < 80 ? "ACTIVE" : roll < 85 ? "PAUSED" : roll < 93 ? "INTAKE" : "APPLIED";
            DemoAccounts.User coordinator = i % 2 == 0
                    ? DemoAccounts.COORDINATOR_WELZIJN
                    : DemoAccounts.COORDINATOR_HANDJEHELPEN;
            planned.add(new Planned(body, status, coordinator));
        }
        return planned;
    }

    /**
     * Loads the demo data through the API of volunteer-service unless volunteers are present already. The demo
     * volunteer accounts register their own profiles; Anna is then taken through intake to ACTIVE.
     */
    public static Loaded load(Api api, String volunteerService) {
        String welzijn = api.token(DemoAccounts.COORDINATOR_WELZIJN);
        long present = api.get(volunteerService + "/api/volunteers?size=1", welzijn)
                .expect(200, "list volunteers").json().path("total").asLong();
        if (present > 0) {
            return new Loaded(0, 0, true, present);
        }
        List<Talent> catalogue = catalogue(api, volunteerService, welzijn);
        Map<DemoAccounts.User, String> tokens = Map.of(DemoAccounts.COORDINATOR_WELZIJN, welzijn,
                DemoAccounts.COORDINATOR_HANDJEHELPEN, api.token(DemoAccounts.COORDINATOR_HANDJEHELPEN));

        registerOwnProfile(api, volunteerService, DemoAccounts.VOLUNTEER_ANNA, annaProfile(), welzijn, true);
        registerOwnProfile(api, volunteerService, DemoAccounts.VOLUNTEER_BRAM, bramProfile(), welzijn, false);

        AtomicInteger active = new AtomicInteger();
        List<Planned> plan = plan(SEED, COUNT, catalogue);
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<?>> done = new ArrayList<>();
            for (Planned volunteer : plan) {
                done.add(pool.submit(() -> {
                    String token = tokens.get(volunteer.coordinator());
                    String id = api.post(volunteerService + "/api/volunteers", token, volunteer.body())
                            .expect(201, "create volunteer").json().path("id").asText();
                    // consent for matching and for being contacted, as given on the paper application form:
                    // matching leaves out anyone without the first, notifications anyone without the second
                    for (String purpose : List.of("MATCHING", "CONTACT_BY_COORDINATORS")) {
                        api.put(volunteerService + "/api/volunteers/" + id + "/consents/" + purpose, token)
                                .expect(200, "record consent " + purpose);
                    }
                    for (String step : volunteer.steps()) {
                        api.post(volunteerService + "/api/volunteers/" + id + "/status", token,
                                Map.of("status", step)).expect(200, "step to " + step);
                    }
                    if ("ACTIVE".equals(volunteer.targetStatus())) {
                        active.incrementAndGet();
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading demo data", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("loading demo data failed: " + e.getCause().getMessage(), e.getCause());
        }
        return new Loaded(plan.size() + 2, active.get() + 1, false, 0);
    }

    /** The talents of the catalogue that are not retired. */
    public static List<Talent> catalogue(Api api, String baseUrl, String token) {
        List<Talent> catalogue = new ArrayList<>();
        for (JsonNode talent : api.get(baseUrl + "/api/catalog/talents", token).expect(200, "talents").json()) {
            if (talent.path("retiredAt").isMissingNode() || talent.path("retiredAt").isNull()) {
                catalogue.add(new Talent(talent.path("code").asText(), talent.path("theme").asText()));
            }
        }
        return catalogue;
    }

    private static void registerOwnProfile(Api api, String volunteerService, DemoAccounts.User user,
            Map<String, Object> profile, String coordinatorToken, boolean activate) {
        String token = api.token(user);
        if (api.get(volunteerService + "/api/volunteers/me", token).status() == 200) {
            return;
        }
        String id = api.post(volunteerService + "/api/volunteers/me", token, profile)
                .expect(201, user.username() + " registers").json().path("id").asText();
        for (String purpose : List.of("MATCHING", "CONTACT_BY_COORDINATORS")) {
            api.put(volunteerService + "/api/volunteers/me/consents/" + purpose, token)
                    .expect(200, user.username() + " consents to " + purpose);
        }
        if (activate) {
            for (String step : List.of("INTAKE", "ACTIVE")) {
                api.post(volunteerService + "/api/volunteers/" + id + "/status", coordinatorToken,
                        Map.of("status", step)).expect(200, user.username() + " to " + step);
            }
            // Anna takes up to three requests at a time (the default is one), so the demo can show her offers
            Map<String, Object> withCapacity = new java.util.LinkedHashMap<>(profile);
            withCapacity.put("capacity", ANNA_CAPACITY);
            api.call("PUT", volunteerService + "/api/volunteers/" + id, coordinatorToken, Map.of("If-Match", "*"),
                    withCapacity).expect(200, user.username() + " capacity");
            // the only demo volunteer with this training: a request that needs it has exactly one candidate
            api.put(volunteerService + "/api/volunteers/" + id + "/trainings/" + ANNA_TRAINING, coordinatorToken,
                    Map.of("completedOn", "2025-09-15")).expect(200, user.username() + " completed " + ANNA_TRAINING);
        }
    }

    /** The profile a demo volunteer account registers for itself (and may send again to change it). */
    public static Map<String, Object> ownProfile(DemoAccounts.User user, String kern, List<String> talents,
            List<String> themes) {
        String first = user.username().substring(user.username().indexOf('-') + 1);
        String name = Character.toUpperCase(first.charAt(0)) + first.substring(1) + " (demo)";
        return Api.object(
                "name", name,
                "email", user.username() + "@talentenbureau.example",
                "homeKern", kern,
                "maxTravelKm", 8,
                "languages", List.of("nl", "en"),
                "talents", talents.stream().map(code -> Api.object("code", code, "level", 2)).toList(),
                "availability", ANNA_AVAILABILITY,
                "themes", themes);
    }

    /** Anna's own profile, as she registers it. */
    public static Map<String, Object> annaProfile() {
        return ownProfile(DemoAccounts.VOLUNTEER_ANNA, ANNA_KERN, List.of(ANNA_TALENT), List.of("digital"));
    }

    /** Bram's own profile, as he registers it. */
    public static Map<String, Object> bramProfile() {
        return ownProfile(DemoAccounts.VOLUNTEER_BRAM, "maarssenbroek", List.of("driving"), List.of("practical"));
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static <T> List<T> sample(Random random, List<T> values, int n) {
        List<T> copy = new ArrayList<>(values);
        Collections.shuffle(copy, random);
        return copy.subList(0, Math.min(n, copy.size()));
    }

    private static String slug(String text) {
        return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("[^a-z.]+", "");
    }
}
