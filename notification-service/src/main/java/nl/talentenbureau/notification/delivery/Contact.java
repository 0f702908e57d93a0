package nl.talentenbureau.notification.delivery;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One volunteer's contact details, read at send time and never stored. */
@JsonIgnoreProperties(ignoreUnknown = true)
record Contact(UUID id, String name, String email, String phone, String reachBy, String language,
        QuietHoursView quietHours, boolean contactConsent, String status, boolean hasAccount) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record QuietHoursView(String from, String until) {
    }
}
