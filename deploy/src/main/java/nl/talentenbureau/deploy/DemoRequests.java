package nl.talentenbureau.deploy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The demo help requests: posted through the gateway by the two partner apps (client credentials), in the kernen of
 * Stichtse Vecht with talents and themes of the catalogue, the same ones on every machine (fixed seed). Each carries
 * an {@code Idempotency-Key}, so a repeated load replays instead of duplicating. The coordinator of HandjeHelpen
 * moves part of HandjeHelpen's requests to IN_PROGRESS, so the demo has open and in-progress work.
 */
public final class DemoRequests {

    public static final long SEED = 20_251_130L;
    public static final int COUNT = 60;
    private static final String[] NAMES = {"mevrouw J. de Boer", "meneer H. Jansen", "mevrouw A. Visser",
            "meneer P. Bakker", "mevrouw G. Smit", "meneer K. de Wit", "mevrouw T. Mulder", "meneer W. Bos",
            "mevrouw F. El Amrani", "meneer D. Kok"};
    private static final List<String> DAY_PARTS = List.of("MORNING", "AFTERNOON", "EVENING");
    private static final List<String> SLOTS = List.of("MON_MORNING", "TUE_AFTERNOON", "WED_MORNING",
            "THU_MORNING", "FRI_AFTERNOON", "SAT_MORNING");

    /** One request to post: which partner app posts it, the body, its key and the status it is moved to. */
    public record Planned(DemoAccounts.Client partner, Map<String, Object> body, String idempotencyKey,
            String targetStatus) {

        /** The coordinator steps from OPEN to the target. */
        public List<String> steps() {
            return "IN_PROGRESS".equals(targetStatus) ? List.of("MATCHED", "IN_PROGRESS") : List.of();
        }
    }

    /** What a load did. */
    public record Loaded(int created, int inProgress, int open, boolean skipped, long present) {
    }

    private DemoRequests() {
    }

    /**
     * The demo requests for the seed and catalogue. Dates count from {@code today}'s next Monday, so every request
     * lies in the future.
     */
    public static List<Planned> plan(long seed, int count, List<DemoData.Talent> catalogue, LocalDate today) {
        List<DemoData.Talent> talents = catalogue.stream().sorted(Comparator.comparing(DemoData.Talent::code))
                .toList();
        List<String> kernen = DemoData.KERNEN.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .flatMap(e -> Collections.nCopies(e.getValue(), e.getKey()).stream()).toList();
        LocalDate monday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        Random random = new Random(seed);
        List<Planned> planned = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            DemoAccounts.Client partner = i % 2 == 0
                    ? DemoAccounts.PARTNER_HANDJEHELPEN
                    : DemoAccounts.PARTNER_BIBLIOTHEEK;
            DemoData.Talent talent = talents.get(random.nextInt(talents.size()));
            String kern = kernen.get(random.nextInt(kernen.size()));
            boolean recurring = random.nextInt(100) < 40;
            Map<String, Object> schedule = recurring
                    ? Api.object("type", "RECURRING",
                            "slots", List.of(SLOTS.get(random.nextInt(SLOTS.size()))),
                            "startsOn", monday.plusDays(random.nextInt(28)).toString(),
                            "hoursPerTime", 1 + random.nextInt(3))
                    : Api.object("type", "ONE_OFF",
                            "date", monday.plusDays(7 + random.nextInt(42)).toString(),
                            "dayParts", List.of(DAY_PARTS.get(random.nextInt(2))));
            boolean senior = random.nextInt(100) < 85;
            Map<String, Object> requester = Api.object(
                    "name", senior ? NAMES[random.nextInt(NAMES.length)] : "Ouderensoos " + title(kern),
                    "phone", String.format("+31 6 %08d", random.nextInt(100_000_000)),
                    "addressLine", "Dorpsstraat " + (1 + random.nextInt(120)) + ", " + title(kern));
            int roll = random.nextInt(100);
            Map<String, Object> body = Api.object(
                    "requesterKind", senior ? "SENIOR" : "ORGANISATION",
                    "title", "Gezocht: " + talent.code().replace('-', ' ') + " in " + title(kern),
                    "description", "Demo-hulpvraag " + (i + 1) + " via de app van " + partner.organisation() + ".",
                    "theme", talent.theme(),
                    "kern", kern,
                    "talents", List.of(Api.object("code", talent.code(), "minLevel", 1 + random.nextInt(2))),
                    "languages", List.of("nl"),
                    "languageRequired", false,
                    "volunteersNeeded", 1,
                    "schedule", schedule,
                    "urgency", roll < 15 ? "HIGH" : roll < 80 ? "NORMAL" : "LOW",
                    "requester", requester);
            // only HandjeHelpen has a demo coordinator, who may step its own organisation's requests
            String target = partner == DemoAccounts.PARTNER_HANDJEHELPEN && i % 3 == 0 ? "IN_PROGRESS" : "OPEN";
            planned.add(new Planned(partner, body, "demo-request-" + (i + 1), target));
        }
        return planned;
    }

    /** The title of the request for the story by hand (the banner names it). */
    public static final String STORY_TITLE = "Hulp bij de DigiD-app";

    /**
     * The request of the story a newcomer does by hand in the web app: HandjeHelpen's, in Anna's kern for her talent
     * on a Tuesday morning (her week), and it needs the training only she holds among the demo volunteers, so
     * volunteer-anna (who can sign in) is its one candidate. Urgent, so it leads the coordinator's start page.
     */
    public static Planned story(LocalDate today) {
        LocalDate tuesday = today.plusDays(7).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
        Map<String, Object> body = Api.object(
                "requesterKind", "SENIOR",
                "title", STORY_TITLE,
                "description", "Mevrouw wil leren inloggen met de DigiD-app (de aanvraag voor de demo).",
                "theme", "digital",
                "kern", DemoData.ANNA_KERN,
                "talents", List.of(Api.object("code", DemoData.ANNA_TALENT, "minLevel", 1)),
                "languages", List.of("nl"),
                "languageRequired", false,
                "trainings", List.of(DemoData.ANNA_TRAINING),
                "volunteersNeeded", 1,
                "schedule", Api.object("type", "ONE_OFF", "date", tuesday.toString(), "dayParts",
                        List.of("MORNING")),
                "urgency", "HIGH",
                "requester", Api.object("name", "mevrouw J. de Boer", "phone", "+31 6 11112222", "addressLine",
                        "Kerkstraat 12, Breukelen"));
        return new Planned(DemoAccounts.PARTNER_HANDJEHELPEN, body, "demo-story-request", "OPEN");
    }

    /** Posts the demo requests, and the story's request, through the gateway unless requests are there already. */
    public static Loaded load(Api api, String gateway, List<DemoData.Talent> catalogue) {
        String coordinator = api.token(DemoAccounts.COORDINATOR_HANDJEHELPEN);
        long present = api.get(gateway + "/api/requests?size=1", api.token(DemoAccounts.COORDINATOR_WELZIJN))
                .expect(200, "list requests").json().path("total").asLong();
        if (present > 0) {
            return new Loaded(0, 0, 0, true, present);
        }
        Map<DemoAccounts.Client, String> tokens = Map.of(
                DemoAccounts.PARTNER_HANDJEHELPEN, api.token(DemoAccounts.PARTNER_HANDJEHELPEN),
                DemoAccounts.PARTNER_BIBLIOTHEEK, api.token(DemoAccounts.PARTNER_BIBLIOTHEEK));
        List<Planned> plan = new ArrayList<>(plan(SEED, COUNT, catalogue, LocalDate.now()));
        plan.add(story(LocalDate.now()));
        int inProgress = 0;
        for (Planned request : plan) {
            String id = api.call("POST", gateway + "/api/requests", tokens.get(request.partner()),
                    Map.of("Idempotency-Key", request.idempotencyKey()), request.body())
                    .expect(201, "post request " + request.idempotencyKey()).json().path("id").asText();
            for (String step : request.steps()) {
                api.post(gateway + "/api/requests/" + id + "/status", coordinator, Map.of("status", step))
                        .expect(200, "step request to " + step);
            }
            if (!request.steps().isEmpty()) {
                inProgress++;
            }
        }
        return new Loaded(plan.size(), inProgress, plan.size() - inProgress, false, 0);
    }

    private static String title(String kern) {
        StringBuilder text = new StringBuilder();
        for (String word : kern.split("-")) {
            text.append(text.isEmpty() ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : " " + word);
        }
        return text.toString();
    }
}
