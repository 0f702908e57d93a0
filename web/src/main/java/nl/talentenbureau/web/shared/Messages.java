package nl.talentenbureau.web.shared;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text of the app, one method per key; the texts are in {@code messages/msg_nl.properties} (the default) and
 * {@code messages/msg_en.properties}. Templates use {@code {msg:key}}; API errors are looked up by key
 * ({@code {msg:message(key)}}, see {@code FormErrors}).
 */
@MessageBundle(value = "msg", locale = "nl")
public interface Messages {

    String app_name();

    String skip_to_main();

    String nav_label();

    String nav_offers();

    String nav_matches();

    String nav_week();

    String nav_absences();

    String nav_talents();

    String nav_contact();

    String nav_consents();

    String nav_my_data();

    String nav_coordinator_start();

    String nav_proposals();

    String nav_call_list();

    String nav_volunteers();

    String nav_report();

    String lang_switch();

    String sign_in();

    String sign_out();

    String back_home();

    String welcome_title();

    String welcome_intro();

    String welcome_volunteer();

    String welcome_coordinator();

    String no_role_title();

    String no_role_text();

    String forbidden_title();

    String forbidden_text();

    String problem_title();

    String error_validation();

    String error_forbidden();

    String error_not_found();

    String error_conflict();

    String error_illegal_transition();

    String error_stale();

    String error_too_large();

    String error_unprocessable();

    String error_busy();

    String error_unavailable();

    String sign_out_title();

    String flash_proposed();

    String flash_accepted();

    String flash_declined();

    String flash_hours_logged();

    String flash_feedback_given();

    String flash_ended();

    String error_field_volunteerId();

    String error_field_reason();

    String error_field_note();

    String coordinator_start_title();

    String coordinator_call_list_link();

    String coordinator_open_requests();

    String coordinator_no_open_requests();

    String coordinator_waiting_offers();

    String coordinator_no_waiting_offers();

    String coordinator_offer_waiting();

    String coordinator_answer_before();

    String request_title();

    String request_kern();

    String request_theme();

    String request_urgency();

    String request_due();

    String request_no_due();

    String request_status();

    String urgency_HIGH();

    String urgency_NORMAL();

    String urgency_LOW();

    String candidates_title();

    String candidates_none();

    String candidate_unnamed();

    String candidate_score();

    String candidate_state();

    String candidate_propose();

    String component_SKILLS();

    String component_AVAILABILITY();

    String component_DISTANCE();

    String component_LOAD();

    String component_CONTINUITY();

    String component_OTHER();

    String excluded_title();

    String exclusion_TOO_FAR();

    String exclusion_NOT_ACTIVE();

    String exclusion_NO_VALID_VOG();

    String exclusion_MISSING_TRAINING();

    String exclusion_NO_SHARED_LANGUAGE();

    String exclusion_AT_CAPACITY();

    String exclusion_ABSENT();

    String exclusion_OTHER();

    String matches_title();

    String matches_none();

    String match_of_volunteer();

    String offers_title();

    String offers_none();

    String offer_kern();

    String offer_when();

    String offer_from();

    String offer_answer_before();

    String offer_state();

    String offer_accept_title();

    String offer_accept();

    String offer_decline_title();

    String offer_decline_reason();

    String offer_decline_choose();

    String offer_decline_note();

    String offer_decline();

    String decline_reason_not_available();

    String decline_reason_too_far();

    String decline_reason_not_suitable();

    String decline_reason_other();

    String day_MON();

    String day_TUE();

    String day_WED();

    String day_THU();

    String day_FRI();

    String day_SAT();

    String day_SUN();

    String part_MORNING();

    String part_AFTERNOON();

    String part_EVENING();

    String candidates_eligible(int eligible);
}
