package nl.talentenbureau.volunteer.directory;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;

import nl.talentenbureau.platform.http.ETags;
import nl.talentenbureau.platform.security.Caller;
import nl.talentenbureau.platform.security.Roles;
import nl.talentenbureau.volunteer.catalog.CatalogViews;

/** The coalition's directory, kept by each organisation's coordinators (their own entry) and admins (any). */
@Path("/api/directory")
@Tag(name = "Directory", description = "The coalition's organisations: what they offer, where, when, how to reach them")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "oidc")
public class DirectoryResource {

    private final DirectoryService directory;
    private final Caller caller;

    public DirectoryResource(DirectoryService directory, Caller caller) {
        this.directory = directory;
        this.caller = caller;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{alias}")
    @RunOnVirtualThread
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Create or replace an organisation's directory entry", description = """
            The alias is the realm organisation's (the token's organization claim): a coordinator keeps their own
            organisation's entry, an admin any. Without an entry yet it is created (201, no If-Match); an existing one is
            replaced with the ETag last read in If-Match (from GET /api/public/directory/{alias}). Everything in it is
            public: the organisation's own contact, never a person's.""")
    @APIResponse(responseCode = "200", description = "Replaced", headers = @Header(name = "ETag", description = "The new version"), content = @Content(schema = @Schema(implementation = DirectoryView.class)))
    @APIResponse(responseCode = "201", description = "Created", headers = {
            @Header(name = "Location", description = "The entry's public address"),
            @Header(name = "ETag", description = "Version to send in If-Match")}, content = @Content(schema = @Schema(implementation = DirectoryView.class)))
    @APIResponse(responseCode = "400", description = "Malformed body, invalid field, no way to reach the organisation, or opening hours that end before they start or overlap")
    @APIResponse(responseCode = "403", description = "Another organisation's entry")
    @APIResponse(responseCode = "404", description = "No such path (a well-formed alias never is: the PUT creates its entry)")
    @APIResponse(responseCode = "409", description = "Created by someone else at the same moment")
    @APIResponse(responseCode = "412", description = "Changed by someone else since you read it, or If-Match for an entry that does not exist")
    @APIResponse(responseCode = "422", description = "Unknown theme or kern")
    @APIResponse(responseCode = "428", description = "If-Match missing for an existing entry")
    public Response put(
            @Parameter(description = "The organisation's alias", example = "welzijn-stichtse-vecht") @PathParam("alias") @Size(max = 80) @Pattern(regexp = CatalogViews.CODE_PATTERN, message = "must be a lower-case slug") String alias,
            @Parameter(description = "ETag of the version you read (required to replace)", example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid DirectoryInput input) {
        String organisation = caller.isAdmin() ? null : caller.requireOrganisation();
        DirectoryService.Written written = directory.put(alias, organisation, ifMatch, input);
        Response.ResponseBuilder answer = written.created()
                ? Response.created(URI.create("/api/public/directory/" + alias))
                : Response.ok();
        return answer.tag(ETags.of(written.entry().version)).entity(written.view()).build();
    }
}
