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
}
