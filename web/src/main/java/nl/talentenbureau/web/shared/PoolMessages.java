package nl.talentenbureau.web.shared;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the coordinator's volunteer, renewal and report pages ({@code {pool:key}}), in
 * {@code messages/pool_nl.properties} (the default) and {@code pool_en.properties}. A bundle of its own because
 * Qute 3.34.1 cannot load a bundle of more than 300 messages (the generated {@code resolve_0} passes {@code this}
 * where {@code resolve_1} wants the result future: a VerifyError at start-up), and {@link Messages} is close to that.
 * The shared tags look a field error or flash key up in {@link Messages} first, then here
 * ({@code msg:message(key) ?: pool:message(key)}), so {@code FormErrors} and {@code Flash} work unchanged.
 */
@MessageBundle(value = "pool", locale = "nl")
public interface PoolMessages {

    String coordinator_volunteers_link();

    String coordinator_report_link();

    String renewals_title();

    String renewals_unavailable();

    String renewals_none(int days);

    String renewals_intro(int days);

    String renewals_what();

    String renewals_when();

    String renewals_vog();

    String renewals_expired();

    String renewals_expires();

    String volunteers_title();

    String volunteers_search();

    String volunteers_q();

    String volunteers_kern();

    String volunteers_any();

    String volunteers_talent();

    String volunteers_min_level();

    String volunteers_status();

    String volunteers_free_in();

    String volunteers_vog();

    String volunteers_vog_valid();

    String volunteers_vog_not_valid();

    String volunteers_training();

    String volunteers_results();

    String volunteers_found(int total);

    String volunteers_name();

    String volunteers_talents();

    String volunteers_pages();

    String volunteers_previous();

    String volunteers_next();

    String volunteer_status_APPLIED();

    String volunteer_status_INTAKE();

    String volunteer_status_ACTIVE();

    String volunteer_status_PAUSED();

    String volunteer_status_STOPPED();

    String volunteer_back();

    String volunteer_stale();

    String volunteer_organisations();

    String volunteer_no_organisation();

    String volunteer_profile_title();

    String volunteer_name();

    String volunteer_saved_now();

    String volunteer_contact_withheld();

    String volunteer_email();

    String volunteer_phone();

    String volunteer_birth_year();

    String volunteer_kern();

    String volunteer_kern_choose();

    String volunteer_max_travel();

    String volunteer_capacity();

    String volunteer_languages();

    String volunteer_talents();

    String volunteer_themes();

    String volunteer_save();

    String volunteer_status_title();

    String volunteer_status_stale();

    String volunteer_new_status();

    String volunteer_step();

    String volunteer_vog_title();

    String volunteer_vog_issued();

    String volunteer_vog_until();

    String volunteer_vog_state();

    String volunteer_valid();

    String volunteer_not_valid();

    String volunteer_no_vog();

    String volunteer_vog_issued_on();

    String volunteer_vog_record();

    String volunteer_trainings_title();

    String volunteer_no_trainings();

    String volunteer_training();

    String volunteer_completed();

    String volunteer_expires();

    String volunteer_no_expiry();

    String volunteer_expired();

    String volunteer_add_training();

    String volunteer_training_choose();

    String volunteer_completed_on();

    String volunteer_training_record();

    String report_title();

    String report_intro();

    String report_period();

    String report_period_hint();

    String report_by();

    String report_by_kern();

    String report_by_theme();

    String report_by_organisation();

    String report_by_month();

    String report_show();

    String report_result(String period, java.time.LocalDate from, java.time.LocalDate to);

    String report_download();

    String report_legend();

    String report_total();

    String report_no_groups();

    String report_table();

    String report_value();

    String report_hidden();

    String report_none();

    String measure_requests();

    String measure_matchesMade();

    String measure_matchesCompleted();

    String measure_hours();

    String measure_medianDaysToMatch();

    String measure_activeVolunteers();

    String measure_shareAged55Plus();

    String measure_unmatchedRequests();

    String flash_volunteer_saved();

    String flash_status_changed();

    String flash_vog_recorded();

    String flash_training_recorded();

    String error_field_q();

    String error_field_kern();

    String error_field_talent();

    String error_field_minLevel();

    String error_field_status();

    String error_field_freeIn();

    String error_field_vogValid();

    String error_field_training();

    String error_field_fullName();

    String error_field_yearOfBirth();

    String error_field_capacity();

    String error_field_spoken();

    String error_field_newStatus();

    String error_field_issuedOn();

    String error_field_completedOn();

    String error_field_period();

    String error_field_by();
}
