package nl.talentenbureau.web.shared.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One page of an API collection ({@code items}, {@code total}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApiPage<T>(List<T> items, long total) {

    public ApiPage {
        items = items == null ? List.of() : items;
    }
}
