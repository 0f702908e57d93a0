package nl.talentenbureau.matching.suggestion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import nl.talentenbureau.matching.engine.Eligible;
import nl.talentenbureau.matching.engine.VolunteerIndex;
import nl.talentenbureau.matching.projection.CatalogProjection;
import nl.talentenbureau.matching.projection.Projection;
import nl.talentenbureau.matching.projection.RequestSnapshot;
import nl.talentenbureau.matching.request.HelpRequest;
import nl.talentenbureau.matching.suggestion.OpenSessions.Sessions;
import nl.talentenbureau.matching.suggestion.SuggestionRule.Invitee;
import nl.talentenbureau.matching.suggestion.SuggestionRule.Member;
import nl.talentenbureau.matching.suggestion.SuggestionRule.Need;
import nl.talentenbureau.matching.suggestion.SuggestionRule.Suggestion;
import nl.talentenbureau.matching.suggestion.SuggestionsView.Session;
import nl.talentenbureau.matching.suggestion.SuggestionsView.TrainingSuggestion;
import nl.talentenbureau.platform.problem.ProblemException;

/**
 * Training suggestions for one organisation (ADR 8): its open requests that need trainings are run through the
 * engine with the trainings left out, which gives, per request, who passes every other hard filter; the plain
 * {@link SuggestionRule} compares their trainings; volunteer-service is asked for the scheduled sessions. Its
 * volunteers and requests only; nothing is stored.
 */
@ApplicationScoped
public class SuggestionService {

    private final Projection projection;
    private final CatalogProjection catalog;
    private final MemberRepository members;
    private final OpenSessions sessions;

    public SuggestionService(Projection projection, CatalogProjection catalog, MemberRepository members,
            OpenSessions sessions) {
        this.projection = projection;
        this.catalog = catalog;
        this.members = members;
        this.sessions = sessions;
    }

    /**
     * @param training one training, or null for every training with something to suggest
     * @throws ProblemException unprocessable when {@code training} is not in the catalogue
     */
    public SuggestionsView suggestions(String organisation, String training, int horizonDays, String bearerToken) {
        if (training != null && catalog.read().trainings().position(training).isEmpty()) {
            throw ProblemException.unprocessable("training", "no such training in the catalogue: " + training);
        }
        LocalDate today = projection.today();
        List<Need> needs = needs(organisation, training, today);
        List<Member> organisationMembers = members.of(organisation);

        Set<String> trainings = new TreeSet<>();
        if (training != null) {
            trainings.add(training);
        } else {
            needs.forEach(n -> trainings.addAll(n.trainings()));
            LocalDate horizon = today.plusDays(horizonDays);
            organisationMembers.forEach(m -> m.trainings().forEach((code, until) -> {
                if (until != null && !until.isBefore(today) && !until.isAfter(horizon)) {
                    trainings.add(code);
                }
            }));
        }
        Sessions scheduled = trainings.isEmpty()
                ? new Sessions(true, Map.of())
                : sessions.from(training, today, bearerToken);
        List<TrainingSuggestion> answer = new ArrayList<>();
        for (String code : trainings) {
            Suggestion s = SuggestionRule.suggest(code, today, horizonDays, organisationMembers, needs);
            if (training == null && s.invitees().isEmpty()) {
                continue;
            }
            answer.add(view(s, scheduled.of(code), horizonDays));
        }
        return new SuggestionsView(today, horizonDays, !scheduled.available(), answer);
    }

    /** The organisation's open requests that need a training, with who passes every other hard filter. */
    private List<Need> needs(String organisation, String training, LocalDate today) {
        VolunteerIndex index = projection.index();
        List<Need> needs = new ArrayList<>();
        for (RequestSnapshot snapshot : projection.openRequests(organisation)) {
            HelpRequest request;
            try {
                request = projection.helpRequest(snapshot);
            } catch (ProblemException e) {
                // a request matching cannot read (its kern unknown here) has no candidate list to be left out of
                continue;
            }
            if (request.requiredTrainings().isEmpty()
                    || (training != null && !request.requiredTrainings().contains(training))) {
                continue;
            }
            Eligible eligible = index.eligible(withoutTrainings(request), today);
            Set<UUID> passing = new HashSet<>();
            for (int position : eligible.positions()) {
                passing.add(index.id(position));
            }
            needs.add(new Need(request.id(), request.screeningDay(today), request.requiredTrainings(), passing));
        }
        return needs;
    }

    /** The same request without its trainings: who passes this passes every other hard filter. */
    static HelpRequest withoutTrainings(HelpRequest r) {
        return new HelpRequest(r.id(), r.requesterKey(), r.kern(), r.date(), r.slots(), r.requiredTalents(),
                r.needsVog(), Set.of(), r.languages(), r.volunteersNeeded());
    }

    private static TrainingSuggestion view(Suggestion s, List<SessionRow> rows, int horizonDays) {
        List<SuggestionsView.Invitee> invite = s.invitees().stream().map(i -> invitee(s.training(), i)).toList();
        List<Session> sessions = rows.stream()
                .sorted(Comparator.comparing(SessionRow::heldOn).thenComparing(SessionRow::startsAt,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .map(r -> new Session(r.id(), r.heldOn(), r.startsAt(), r.kern(), r.place(), r.organisation(),
                        r.places(), r.free(), r.waiting()))
                .toList();
        long qualifying = s.invitees().stream().filter(i -> i.requests() > 0).count();
        long onlyExpiring = s.invitees().size() - qualifying;
        // "12 volunteers would qualify for 5 open requests with dementia-basics"
        String summary = qualifying + (qualifying == 1 ? " volunteer" : " volunteers") + " would qualify for "
                + s.qualifyingRequests() + (s.qualifyingRequests() == 1 ? " open request" : " open requests")
                + " with " + s.training()
                + (onlyExpiring == 0
                        ? ""
                        : "; for " + onlyExpiring + " more it runs out within " + horizonDays
                                + " days");
        return new TrainingSuggestion(s.training(), summary, s.openRequests(), s.qualifyingRequests(), invite,
                sessions);
    }

    private static SuggestionsView.Invitee invitee(String training, Invitee i) {
        List<String> why = new ArrayList<>();
        if (i.reasons().contains(SuggestionRule.Reason.MISSING)) {
            why.add("lacks only " + training + " for open requests");
        }
        if (i.reasons().contains(SuggestionRule.Reason.EXPIRES)) {
            why.add(training + " runs out on " + i.expiresOn());
        }
        why.add("would then qualify for " + i.requests() + (i.requests() == 1 ? " open request" : " open requests"));
        return new SuggestionsView.Invitee(i.volunteerId(), List.copyOf(i.reasons()), i.expiresOn(), i.requests(),
                String.join("; ", why));
    }
}
