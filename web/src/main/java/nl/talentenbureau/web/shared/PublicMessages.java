package nl.talentenbureau.web.shared;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the public pages, for visitors without an account ({@code {pub:key}}): the vacancies, the application
 * form and its confirmation, an event sign-up's confirmation, the directory. In {@code messages/pub_nl.properties} (the default) and
 * {@code pub_en.properties}; a bundle of its own for the reason {@link PoolMessages} gives. The shared tags look a
 * field error, form error or flash key up in {@link Messages} first, then in {@code pool}, then here.
 */
@MessageBundle(value = "pub", locale = "nl")
public interface PublicMessages {

    String public_back_home();

    String public_unavailable_hint();

    String welcome_public_title();

    String welcome_public_vacancies();

    String welcome_public_apply();

    String welcome_public_directory();

    String vacancies_title();

    String vacancies_intro();

    String vacancies_filter();

    String vacancies_kern();

    String vacancies_theme();

    String vacancies_any_kern();

    String vacancies_any_theme();

    String vacancies_show();

    String vacancies_found(int count);

    String vacancies_none();

    String vacancies_open_application();

    String vacancy_by();

    String vacancy_where();

    String vacancy_everywhere();

    String vacancy_theme();

    String vacancy_hours();

    String vacancy_hours_per_week(int hours);

    String vacancy_when();

    String vacancy_vog();

    String vacancy_vog_required();

    String vacancy_vog_not_required();

    String vacancy_trainings();

    String vacancy_trainings_none();

    String vacancy_talents();

    String vacancy_updated(String date);

    String vacancy_apply();

    String vacancy_back();

    String vacancy_gone_title();

    String vacancy_gone_text();

    String apply_public_title();

    String apply_public_intro();

    String apply_public_vacancy(String title);

    String apply_public_vacancy_of();

    String apply_public_event();

    String apply_public_open();

    String apply_public_account();

    String apply_public_name();

    String apply_public_email();

    String apply_public_email_hint();

    String apply_public_phone();

    String apply_public_kern();

    String apply_public_kern_choose();

    String apply_public_motivation();

    String apply_public_motivation_hint();

    String apply_public_consent();

    String apply_public_consent_more();

    String apply_public_send();

    String sent_title();

    String sent_text();

    String sent_step1();

    String sent_step2();

    String sent_step3();

    String sent_no_mail();

    String confirm_ask_title();

    String confirm_ask_text();

    String confirm_ask_button();

    String confirm_ask_not_me();

    String confirm_title_confirmed();

    String confirm_confirmed();

    String confirm_title_already();

    String confirm_already();

    String confirm_title_unknown();

    String confirm_unknown();

    String confirm_apply_again();

    String confirm_title_busy();

    String confirm_busy();

    String directory_title();

    String directory_intro();

    String directory_filter();

    String directory_show();

    String directory_found(int count);

    String directory_none();

    String directory_offers();

    String directory_everywhere();

    String directory_in(String places);

    String directory_opening();

    String directory_opening_none();

    String directory_opening_day(String day, String from, String until);

    String directory_contact();

    String directory_phone();

    String directory_email();

    String directory_website();

    String directory_address();

    String error_field_mail();

    String error_field_motivation();

    String error_field_consent();

    String error_field_origin();

    String error_field_theme();

    String signup_ask_title();

    String signup_ask_text();

    String signup_ask_button();

    String signup_ask_not_me();

    String signup_title_confirmed();

    String signup_confirmed();

    String signup_title_unknown();

    String signup_unknown();

    String signup_title_busy();

    String signup_busy();
}
