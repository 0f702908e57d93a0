package nl.talentenbureau.web.volunteers;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.talentenbureau.web.profile.WeekGrid;

/**
 * The volunteer search as the GET form sent it: the API's filters ({@code GET /api/volunteers}), each optional, and
 * the page. A value the form never offers (a status or slot that does not exist, a level outside 1-3) is the page's
 * own error, so the API only ever gets what it documents. Plain Java.
 */
public record SearchFilter(String q, String kern, String talent, String minLevel, String status, String freeIn,
        String vogValid, String training, int page) {

    public static final int PAGE_SIZE = 20;
    static final List<String> STATUSES = List.of("APPLIED", "INTAKE", "ACTIVE", "PAUSED", "STOPPED");
    static final List<String> LEVELS = List.of("1", "2", "3");
    static final List<String> VOG = List.of("true", "false");

    public SearchFilter {
        q = clean(q);
        kern = clean(kern);
        talent = clean(talent);
        minLevel = clean(minLevel);
        status = clean(status);
        freeIn = clean(freeIn);
        vogValid = clean(vogValid);
        training = clean(training);
        page = Math.max(0, page);
    }

    /** The form's fields whose value the form does not offer, in the form's order. */
    public List<String> wrong() {
        List<String> wrong = new ArrayList<>();
        if (minLevel != null && !LEVELS.contains(minLevel)) {
            wrong.add("minLevel");
        }
        if (status != null && !STATUSES.contains(status)) {
            wrong.add("status");
        }
        if (freeIn != null && !WeekGrid.SLOTS.contains(freeIn)) {
            wrong.add("freeIn");
        }
        if (vogValid != null && !VOG.contains(vogValid)) {
            wrong.add("vogValid");
        }
        return wrong;
    }

    public Integer level() {
        return minLevel == null ? null : Integer.valueOf(minLevel);
    }

    public Boolean vog() {
        return vogValid == null ? null : Boolean.valueOf(vogValid);
    }

    public List<String> levels() {
        return LEVELS;
    }

    /** The query string of the page before this one. */
    public String previous() {
        return at(Math.max(0, page - 1));
    }

    /** The query string of the page after this one. */
    public String next() {
        return at(page + 1);
    }

    /** The query string of this search at another page, for the previous and next links. */
    String at(int otherPage) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", q);
        params.put("kern", kern);
        params.put("talent", talent);
        params.put("minLevel", minLevel);
        params.put("status", status);
        params.put("freeIn", freeIn);
        params.put("vogValid", vogValid);
        params.put("training", training);
        String filters = params.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return "?" + (filters.isEmpty() ? "" : filters + "&") + "page=" + otherPage;
    }

    /** Whether a page after this one holds results, given how many the API found in all. */
    public boolean hasNext(int total) {
        return (long) (page + 1) * PAGE_SIZE < total;
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
