package nl.talentenbureau.matching.contacts;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A page of volunteer-service's volunteer list, as far as this service reads it (its own record). */
@JsonIgnoreProperties(ignoreUnknown = true)
record VolunteerPage(List<Row> items) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Row(UUID id, String name, String phone) {
    }
}
