package nl.talentenbureau.notification.delivery;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;

import nl.talentenbureau.notification.followed.Followed;
import nl.talentenbureau.platform.http.PageView;
import nl.talentenbureau.platform.security.Caller;
import nl.talentenbureau.platform.security.Roles;

/** The delivery log: coordinators see their organisation's, a volunteer their own messages, an admin all. */
@Path("/api/notifications")
@Tag(name = "Notifications", description = "Messages sent to volunteers and coordinators, and what became of them")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "oidc")
public class DeliveryResource {

    static final String STATUS_PATTERN = "PENDING|SENT|SKIPPED|FAILED";
    static final String KIND_PATTERN = "OFFER_NEW|OFFER_REMINDER|OFFER_WITHDRAWN|OFFER_EXPIRED|MATCH_ACTIVATED"
            + "|VOG_EXPIRING|TRAINING_EXPIRING|OFFER_ACCEPTED|OFFER_DECLINED|OFFER_EXPIRED_COORDINATORS"
            + "|NEXT_CANDIDATE_OFFERED|WEEKLY_DIGEST|APPLICATION_CONFIRM|APPLICATION_RECEIVED|INTAKE_PLANNED"
            + "|APPLICATION_ACCEPTED|APPLICATION_DECLINED|SIGNUP_CONFIRM|EVENT_INVITATION|SIGNAL_ESCALATED"
            + "|SIGNAL_ESCALATED_ADMIN";

    private final Deliveries deliveries;
    private final Followed followed;
    private final Caller caller;

    public DeliveryResource(Deliveries deliveries, Followed followed, Caller caller) {
        this.deliveries = deliveries;
        this.followed = followed;
        this.caller = caller;
    }

    @GET
    @Path("/deliveries")
    @RunOnVirtualThread
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN, Roles.VOLUNTEER})
    @Operation(summary = "List delivered and waiting messages", description = """
            Newest first. A coordinator sees the messages of their organisation (to its volunteers and coordinators), \
            an admin every message, a volunteer the messages sent to them. No address and no message text is kept.""")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = DeliveryPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid status, kind or paging parameter")
    public PageView<DeliveryView> list(
            @Parameter(description = "Only messages in this status", example = "SKIPPED") @QueryParam("status") @Pattern(regexp = STATUS_PATTERN, message = "must be PENDING, SENT, SKIPPED or FAILED") String status,
            @Parameter(description = "Only messages of this kind", example = "OFFER_NEW") @QueryParam("kind") @Pattern(regexp = KIND_PATTERN, message = "must be a message kind") String kind,
            @Parameter(description = "Zero-based page", example = "0") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @Parameter(description = "Page size", example = "20") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        DeliveryStatus wanted = status == null ? null : DeliveryStatus.valueOf(status);
        String organisation = null;
        List<String> volunteers = null;
        if (!caller.isAdmin()) {
            if (caller.isCoordinator()) {
                organisation = caller.requireOrganisation();
            } else {
                volunteers = followed.volunteersOfSubject(caller.subject()).stream().map(Object::toString).toList();
            }
        }
        return deliveries.log(organisation, volunteers, wanted, kind, page, size).map(DeliveryView::of);
    }

    /** For the OpenAPI document only: a page of deliveries. */
    @Schema(name = "DeliveryPage", type = SchemaType.OBJECT)
    static final class DeliveryPage {

        public List<DeliveryView> items;
        @Schema(description = "Zero-based page number", examples = "0")
        public int page;
        @Schema(description = "Page size", examples = "20")
        public int size;
        @Schema(description = "Total number of messages that match", examples = "42")
        public long total;
    }
}
