package nl.talentenbureau.web.coordinator;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.talentenbureau.web.coordinator.BatchApi.CallEntry;
import nl.talentenbureau.web.coordinator.BatchApi.Pair;
import nl.talentenbureau.web.coordinator.BatchApi.Proposals;
import nl.talentenbureau.web.coordinator.BatchApi.Unfilled;
import nl.talentenbureau.web.coordinator.CoordinatorApi.Request;
import nl.talentenbureau.web.offers.OfferViews;
import nl.talentenbureau.web.offers.OfferViews.When;
import nl.talentenbureau.web.shared.api.ApiException;
import nl.talentenbureau.web.shared.api.FormErrors;

/** What the batch proposals page and the call list show, made from the API's answers; no rule of the API here. */
public final class BatchViews {

    private static final Set<String> UNFILLED = Set.of("NO_FEASIBLE_CANDIDATE", "TOO_FEW_FEASIBLE_CANDIDATES",
            "CANDIDATES_CAPACITY_TAKEN");

    private BatchViews() {
    }

    /** One volunteer for one request, as the form names it: {@code <requestId>:<volunteerId>}. */
    public record PairChoice(UUID requestId, UUID volunteerId) {

        static Optional<PairChoice> parse(String value) {
            int colon = value == null ? -1 : value.indexOf(':');
            if (colon < 0) {
                return Optional.empty();
            }
            try {
                return Optional.of(new PairChoice(UUID.fromString(value.substring(0, colon)),
                        UUID.fromString(value.substring(colon + 1))));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }

        public String value() {
            return requestId + ":" + volunteerId;
        }

        /**
         * The Idempotency-Key of this pair's proposal: the same for a second submit of the same form (a double
         * click, a retry after a time-out), so the API proposes the pair once.
         */
        String idempotencyKey(String formKey) {
            return UUID.nameUUIDFromBytes((formKey + "/" + value()).getBytes(StandardCharsets.UTF_8)).toString();
        }
    }

    public record ProposalsPage(int requests, List<PairRow> pairs, List<UnfilledRow> unfilled) {
    }

    public record PairRow(PairChoice pair, Request request, List<When> when, String name, int percent) {

        public String value() {
            return pair.value();
        }
    }

    public record UnfilledRow(UUID requestId, Request request, int missing, String reasonKey) {
    }

    /** What became of one ticked pair: proposed, or refused with the message key of the reason. */
    public record Outcome(PairChoice pair, Request request, String name, String refusalKey) {

        public boolean proposed() {
            return refusalKey == null;
        }

        public String value() {
            return pair.value();
        }
    }

    /** One offer to phone about; {@code errors} are those of this row's last answer (none for the other rows). */
    public record CallRow(CallEntry entry, Request request, List<When> when, String telHref, boolean wantsCall,
            boolean noAccount, FormErrors errors, String chosenReason, String note) {
    }

    /** Which page of a list this is (1-based {@code number}); {@code previous}/{@code next} are the API's 0-based pages. */
    public record Paging(int number, int pages, Integer previous, Integer next) {
    }

    static Paging paging(int page, long total, int size) {
        int pages = (int) Math.max(1, (total + size - 1) / size);
        return new Paging(page + 1, pages, page > 0 ? page - 1 : null, page + 1 < pages ? page + 1 : null);
    }

    static ProposalsPage proposals(Proposals proposals, Map<UUID, Request> requests, Map<UUID, String> names) {
        List<PairRow> pairs = proposals.assignments().stream()
                .map(a -> pair(a, requests.get(a.requestId()), names.get(a.volunteerId()))).toList();
        List<UnfilledRow> unfilled = proposals.unfilled().stream()
                .map(u -> unfilled(u, requests.get(u.requestId()))).toList();
        return new ProposalsPage(proposals.requests(), pairs, unfilled);
    }

    private static PairRow pair(Pair pair, Request request, String name) {
        return new PairRow(new PairChoice(pair.requestId(), pair.volunteerId()), request, when(request), name,
                CoordinatorViews.percent(pair.score()));
    }

    private static UnfilledRow unfilled(Unfilled unfilled, Request request) {
        String reason = UNFILLED.contains(unfilled.reason()) ? unfilled.reason() : "OTHER";
        return new UnfilledRow(unfilled.requestId(), request, unfilled.missing(), "unfilled_" + reason);
    }

    /** The sentence beside a pair the API refused to propose. */
    static String refusalKey(ApiException error) {
        return switch (error.status()) {
            case 404 -> "proposal_refused_not_found";
            case 409 -> "proposal_refused_conflict";
            case 422 -> "proposal_refused_unprocessable";
            default -> FormErrors.kindKey(error);
        };
    }

    static CallRow call(CallEntry entry, Request request, FormErrors errors, String chosenReason, String note) {
        return new CallRow(entry, request, when(request), telHref(entry.volunteerPhone()),
                "PHONE".equals(entry.reachBy()), !entry.hasAccount(), errors, chosenReason, note);
    }

    /** {@code tel:} wants the digits (and a leading +), not the spaces and dashes people write a number with. */
    static String telHref(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        String stripped = phone.strip();
        String digits = stripped.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? null : "tel:" + (stripped.startsWith("+") ? "+" : "") + digits;
    }

    private static List<When> when(Request request) {
        return request == null ? List.of() : OfferViews.when(request.schedule());
    }
}
