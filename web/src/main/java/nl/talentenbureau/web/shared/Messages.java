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

    String exclusion_BUSY();

    String exclusion_OTHER();

    String matches_title();

    String matches_none();

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

    String my_matches_title();

    String my_matches_intro();

    String my_matches_none();

    String my_matches_hours_so_far();

    String my_matches_back();

    String state_PROPOSED();

    String state_ACCEPTED();

    String state_DECLINED();

    String state_EXPIRED();

    String state_WITHDRAWN();

    String state_ACTIVE();

    String state_COMPLETED();

    String state_ENDED();

    String hours_title();

    String hours_day();

    String hours_amount();

    String hours_hint();

    String hours_save();

    String feedback_title();

    String feedback_rating();

    String feedback_comment();

    String feedback_send();

    String rating_5();

    String rating_4();

    String rating_3();

    String rating_2();

    String rating_1();

    String end_title();

    String end_text();

    String end_reason();

    String end_button();

    String error_field_workedOn();

    String error_field_hours();

    String error_field_rating();

    String error_field_comment();

    String error_field_endReason();

    String flash_applied();

    String flash_week_saved();

    String flash_details_saved();

    String flash_notifications_saved();

    String flash_consent_given();

    String flash_consent_withdrawn();

    String nav_apply();

    String apply_title();

    String apply_intro();

    String apply_send();

    String field_name();

    String field_email();

    String field_phone();

    String field_birth_year();

    String field_home_kern();

    String field_home_kern_choose();

    String field_max_travel();

    String field_languages();

    String language_nl();

    String language_en();

    String language_de();

    String language_fr();

    String language_tr();

    String language_ar();

    String error_field_name();

    String error_field_email();

    String error_field_phone();

    String error_field_birthYear();

    String error_field_homeKern();

    String error_field_maxTravelKm();

    String error_field_languages();

    String week_title();

    String week_intro();

    String week_caption();

    String week_day();

    String week_save();

    String week_stale();

    String week_stale_on();

    String week_stale_off();

    String week_stale_again();

    String contact_title();

    String contact_details_title();

    String contact_save_details();

    String contact_stale();

    String contact_saved_now();

    String contact_reach_title();

    String contact_reach_by();

    String reach_by_EMAIL();

    String reach_by_PHONE();

    String contact_language();

    String contact_quiet();

    String contact_quiet_hint();

    String contact_quiet_from();

    String contact_quiet_until();

    String contact_save_reach();

    String error_field_reachBy();

    String error_field_language();

    String error_field_quietFrom();

    String error_field_quietUntil();

    String consents_title();

    String consents_intro();

    String consent_MATCHING();

    String consent_CONTACT_BY_COORDINATORS();

    String consent_IMPACT_RESEARCH();

    String consent_NEWSLETTER();

    String consent_text_MATCHING();

    String consent_text_CONTACT_BY_COORDINATORS();

    String consent_text_IMPACT_RESEARCH();

    String consent_text_NEWSLETTER();

    String consent_given();

    String consent_since();

    String consent_not_given();

    String consent_withdrawn_on();

    String consent_give();

    String consent_withdraw();

    String error_field_purpose();

    String my_data_title();

    String my_data_intro();

    String my_data_download();

    String my_data_file();

    String my_data_delete_title();

    String my_data_delete_text();

    String my_data_delete_link();

    String delete_title();

    String delete_warning_title();

    String delete_warning_1();

    String delete_warning_2();

    String delete_warning_3();

    String delete_warning_4();

    String delete_export_first();

    String delete_confirm();

    String delete_button();

    String delete_keep();

    String error_field_confirm();

    String absences_title();

    String absences_intro();

    String absences_list();

    String absences_none();

    String absences_from();

    String absences_until();

    String absences_remove();

    String absences_add_title();

    String absences_starts();

    String absences_ends();

    String absences_add();

    String error_field_startsOn();

    String error_field_endsOn();

    String flash_absence_added();

    String flash_absence_removed();

    String flash_talents_saved();

    String nav_delete_account();

    String talents_title();

    String talents_intro();

    String talents_level_none();

    String talents_level_1();

    String talents_level_2();

    String talents_level_3();

    String talents_legend();

    String themes_legend();

    String talents_save();

    String talents_stale();

    String error_field_talents();

    String error_field_themes();

    // proposals and call list (their page texts: CoordinatorMessages)

    String coordinator_proposals_link();

    String proposal_refused_not_found();

    String proposal_refused_conflict();

    String proposal_refused_unprocessable();

    String error_field_pair();

    String flash_proposals_confirmed();

    String flash_call_accepted();

    String flash_call_declined();
}
