package nl.talentenbureau.web.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.oidc.token.propagation.common.AccessToken;

import nl.talentenbureau.web.shared.api.ApiResponses;

/** The impact report (matching-service, {@code /api/reports/impact}), with the coordinator's own token. */
@RegisterRestClient(configKey = "gateway")
@RegisterProvider(ApiResponses.class)
@AccessToken
@Path("/api/reports")
public interface ReportApi {

    String CSV = "text/csv";

    @GET
    @Path("/impact")
    @Produces(MediaType.APPLICATION_JSON)
    ImpactReport impact(@QueryParam("period") String period, @QueryParam("by") String by);

    /** The same report as the API writes it in CSV ({@code Accept: text/csv}), passed on as it came. */
    @GET
    @Path("/impact")
    @Produces(CSV)
    String impactCsv(@QueryParam("period") String period, @QueryParam("by") String by);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ImpactReport(String period, LocalDate from, LocalDate to, String by, List<ImpactRow> groups,
            ImpactRow total) {

        public ImpactReport {
            groups = groups == null ? List.of() : groups;
        }
    }

    /**
     * One group's figures: a count is a number, {@code "<5"} or {@code "suppressed"}; hours, median and share are a
     * number or null; {@code suppressed} says per column why it is hidden or empty.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ImpactRow(String group, Object requests, Object matchesMade, Object matchesCompleted, Object hours,
            Object medianDaysToMatch, Object activeVolunteers, Object shareAged55Plus, Object unmatchedRequests,
            Map<String, String> suppressed) {

        public ImpactRow {
            suppressed = suppressed == null ? Map.of() : suppressed;
        }

        /** The cell of one measure, by its API name. */
        public Object value(String measure) {
            return switch (measure) {
                case "requests" -> requests;
                case "matchesMade" -> matchesMade;
                case "matchesCompleted" -> matchesCompleted;
                case "hours" -> hours;
                case "medianDaysToMatch" -> medianDaysToMatch;
                case "activeVolunteers" -> activeVolunteers;
                case "shareAged55Plus" -> shareAged55Plus;
                case "unmatchedRequests" -> unmatchedRequests;
                default -> throw new IllegalArgumentException("no measure " + measure);
            };
        }
    }
}
