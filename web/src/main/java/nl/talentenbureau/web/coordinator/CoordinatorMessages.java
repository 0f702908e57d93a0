package nl.talentenbureau.web.coordinator;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the batch proposals and call list pages, in {@code messages/coord_nl.properties} (the default) and
 * {@code messages/coord_en.properties}; templates use {@code {coord:key}}. A bundle of its own because Quarkus 3.34.1
 * generates a lookup that fails verification ({@code VerifyError} at start) once one bundle has more than 300 keys,
 * and {@link nl.talentenbureau.web.shared.Messages} is close to that. Sentences the shared tags show (flash, errors)
 * stay in {@code Messages}.
 */
@MessageBundle(value = "coord", locale = "nl")
public interface CoordinatorMessages {

    String proposals_title();

    String proposals_intro();

    String proposals_partly(int proposed, int total);

    String proposals_outcomes_title();

    String proposals_for();

    String proposals_request_unknown();

    String proposals_outcome_proposed();

    String proposals_pairs_title();

    String proposals_considered(int requests);

    String proposals_none();

    String proposals_tick();

    String proposals_confirm();

    String proposals_unfilled_title();

    String proposals_unfilled_none();

    String proposals_missing(int missing);

    String unfilled_NO_FEASIBLE_CANDIDATE();

    String unfilled_TOO_FEW_FEASIBLE_CANDIDATES();

    String unfilled_CANDIDATES_CAPACITY_TAKEN();

    String unfilled_OTHER();

    String call_list_title();

    String call_list_intro();

    String call_list_contacts_unavailable();

    String call_list_none();

    String call_list_count(long total);

    String call_list_phone();

    String call_list_no_phone();

    String call_list_offer();

    String call_list_why();

    String call_list_wants_call();

    String call_list_no_account();

    String call_list_answer_title();

    String call_list_accept();

    String call_list_decline_reason();

    String call_list_decline();

    String call_list_pages();

    String call_list_previous();

    String call_list_page_of(int number, int pages);

    String call_list_next();

    // states in words for the coordinator ({coord:message(str:concat('match_state_', status))})

    String match_state_PROPOSED();

    String match_state_ACCEPTED();

    String match_state_DECLINED();

    String match_state_EXPIRED();

    String match_state_WITHDRAWN();

    String match_state_ACTIVE();

    String match_state_COMPLETED();

    String match_state_ENDED();

    String request_state_OPEN();

    String request_state_MATCHED();

    String request_state_IN_PROGRESS();

    String request_state_COMPLETED();

    String request_state_CANCELLED();

    String request_state_EXPIRED();
}
