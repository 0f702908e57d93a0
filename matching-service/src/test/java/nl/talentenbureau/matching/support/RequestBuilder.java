package nl.talentenbureau.matching.support;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.talentenbureau.matching.request.HelpRequest;

/** {@code aRequest().inKern("breukelen").needingTalent("driving", 1).build()}: a recurring request by default. */
public final class RequestBuilder {

    private UUID id = UUID.randomUUID();
    private String requesterKey = "requester-1";
    private String kern = "breukelen";
    private LocalDate date;
    private int slots;
    private final Map<String, Integer> talents = new HashMap<>();
    private boolean needsVog;
    private final Set<String> trainings = new HashSet<>();
    private final Set<String> languages = new HashSet<>();
    private int needed = 1;

    public static RequestBuilder aRequest() {
        return new RequestBuilder();
    }

    public RequestBuilder withId(UUID id) {
        this.id = id;
        return this;
    }

    public RequestBuilder from(String requesterKey) {
        this.requesterKey = requesterKey;
        return this;
    }

    public RequestBuilder inKern(String kern) {
        this.kern = kern;
        return this;
    }

    public RequestBuilder onDate(LocalDate date, int slots) {
        this.date = date;
        this.slots = slots;
        return this;
    }

    public RequestBuilder weekly(int slots) {
        this.date = null;
        this.slots = slots;
        return this;
    }

    public RequestBuilder needingTalent(String talent, int minLevel) {
        talents.put(talent, minLevel);
        return this;
    }

    public RequestBuilder needingVog() {
        this.needsVog = true;
        return this;
    }

    public RequestBuilder needingTraining(String training) {
        trainings.add(training);
        return this;
    }

    public RequestBuilder inLanguage(String... codes) {
        languages.addAll(List.of(codes));
        return this;
    }

    public RequestBuilder needingVolunteers(int needed) {
        this.needed = needed;
        return this;
    }

    public HelpRequest build() {
        return new HelpRequest(id, requesterKey, kern, date, slots, talents, needsVog, trainings, languages, needed);
    }
}
