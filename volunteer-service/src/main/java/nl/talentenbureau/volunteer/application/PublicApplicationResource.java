package nl.talentenbureau.volunteer.application;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;

import nl.talentenbureau.volunteer.core.ConfirmationTokens;
import nl.talentenbureau.volunteer.core.PublicWrite;

/**
 * The anonymous application form's API, for the coalition's and municipality's websites, and the confirmation link
 * of its mail. The gateway routes both without a token, the application with a rate limit per address and a body
 * limit; an application whose link is not followed within a day is deleted.
 */
@Path("/api/public/applications")
@Tag(name = "Applications")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicApplicationResource {

    private final ApplicationService applications;

    public PublicApplicationResource(ApplicationService applications) {
        this.applications = applications;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RunOnVirtualThread
    @PublicWrite
    @Operation(summary = "Apply (public)", description = "Anonymous; to an open vacancy or openly, with the source. A mail with a confirmation link follows; an application whose link is not followed within a day is deleted. Nothing sent is echoed. The same form sent again from the same address (compared without case) with the same origin before it is confirmed answers that application (201, the same id): no second application or mail, also when the sends arrive at once.")
    @APIResponse(responseCode = "201", description = "Received, to be confirmed by the mail's link", headers = @Header(name = "Location", description = "The form's address"), content = @Content(schema = @Schema(implementation = ApplicationReceipt.class)))
    @APIResponse(responseCode = "400", description = "Malformed body or invalid field (no consent, no e-mail address, a source without its reference)")
    @APIResponse(responseCode = "413", description = "The body is larger than volunteer.recruitment.max-body-bytes")
    @APIResponse(responseCode = "422", description = "Unknown kern, no open vacancy, no such event or referring volunteer")
    public Response apply(@NotNull @Valid ApplicationInput.Apply input) {
        ApplicationReceipt receipt = applications.apply(input);
        return Response.created(URI.create("/api/public/applications")).entity(receipt).build();
    }

    @GET
    @Path("/confirmation")
    @RunOnVirtualThread
    @Operation(summary = "Confirm an application (the mail's link, public)", description = "Anonymous; the link in the application's mail. Keeps the application and passes it to the coordinators; following it again answers the same.")
    @APIResponse(responseCode = "200", description = "Confirmed", content = @Content(schema = @Schema(implementation = ApplicationReceipt.class)))
    @APIResponse(responseCode = "400", description = "Not a token of this service's shape")
    @APIResponse(responseCode = "404", description = "Unknown token, or the application was deleted unconfirmed")
    public ApplicationReceipt confirm(
            @Parameter(description = "The token from the mail's link", required = true, example = "q3J0c2x2bU5hZ0pQbE9hS1RqY3Z4d0ZtY1ZkV2JwYQA") @QueryParam("token") @NotNull @Pattern(regexp = ConfirmationTokens.PATTERN) String token) {
        return applications.confirm(token);
    }
}
