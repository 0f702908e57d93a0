package nl.talentenbureau.web.report;

import java.time.Year;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import nl.talentenbureau.web.report.ReportApi.ImpactReport;
import nl.talentenbureau.web.shared.Html;
import nl.talentenbureau.web.shared.Page;
import nl.talentenbureau.web.shared.Roles;
import nl.talentenbureau.web.shared.api.ApiException;
import nl.talentenbureau.web.shared.api.FormErrors;

/**
 * The impact report: a form for the period and grouping, a chart per measure (inline SVG, with the same numbers in a
 * table) and the API's own CSV as a download.
 */
@Path("/coordinator/rapportage")
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class ReportResource {

    private static final Set<String> FIELDS = Set.of("period", "by");

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance report(ReportChoice choice, List<String> groupings, ImpactReport report,
                List<ImpactChart.Chart> charts, FormErrors errors);
    }

    private final ReportApi api;
    private final Page current;

    @Inject
    ReportResource(@RestClient ReportApi api, Page page) {
        this.api = api;
        this.current = page;
    }

    @GET
    public Response report(@QueryParam("period") String period, @QueryParam("by") String by) {
        if (period == null && by == null) {
            ReportChoice suggested = new ReportChoice(String.valueOf(Year.now().getValue()), "kern");
            return Response.ok(page(suggested, null, FormErrors.none())).build();
        }
        ReportChoice choice = new ReportChoice(period, by);
        if (!choice.wrong().isEmpty()) {
            return Html.page(400, page(choice, null, FormErrors.fields(choice.wrong().toArray(String[]::new))));
        }
        try {
            return Response.ok(page(choice, api.impact(choice.period(), choice.by()), FormErrors.none())).build();
        } catch (ApiException e) {
            return refused(choice, e);
        }
    }

    /** The API's CSV of the same report, as a file to save; never kept by a cache (the figures are the coalition's). */
    @GET
    @Path("/csv")
    @Produces({ReportApi.CSV, MediaType.TEXT_HTML})
    public Response csv(@QueryParam("period") String period, @QueryParam("by") String by) {
        ReportChoice choice = new ReportChoice(period, by);
        if (!choice.wrong().isEmpty()) {
            return Html.page(400, page(choice, null, FormErrors.fields(choice.wrong().toArray(String[]::new))));
        }
        String csv;
        try {
            csv = api.impactCsv(choice.period(), choice.by());
        } catch (ApiException e) {
            return refused(choice, e);
        }
        return Response.ok(csv, ReportApi.CSV + "; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + choice.fileName() + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    /** A 400 names the field the API refused (say a grouping by kern for a quarter); other errors are an error page. */
    private Response refused(ReportChoice choice, ApiException e) {
        if (e.status() != 400) {
            throw e;
        }
        return Html.page(400, page(choice, null, FormErrors.of(e, FIELDS)));
    }

    private TemplateInstance page(ReportChoice choice, ImpactReport report, FormErrors errors) {
        List<ImpactChart.Chart> charts = report == null ? List.of() : ImpactChart.charts(report, current.locale());
        return Templates.report(choice, ReportChoice.GROUPINGS, report, charts, errors);
    }
}
