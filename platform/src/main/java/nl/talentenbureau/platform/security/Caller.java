package nl.talentenbureau.platform.security;

import java.util.Optional;
import java.util.TreeSet;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

import nl.talentenbureau.platform.problem.ProblemException;

/**
 * Who is calling, read from the verified token: subject, roles and the organisation.
 *
 * <p>
 * The organisation comes from Keycloak Organizations' {@code organization} claim, which is a list of aliases
 * (["welzijn-stichtse-vecht"]) or, when the mapper adds ids, an object keyed by alias. Partner service accounts
 * carry the same claim from a hard-coded mapper on their client.
 */
@RequestScoped
public class Caller {

    public static final String ORGANISATION_CLAIM = "organization";

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public String subject() {
        String subject = token.getSubject();
        if (subject == null || subject.isBlank()) {
            throw ProblemException.forbidden("the token has no subject");
        }
        return subject;
    }

    public boolean is(String role) {
        return identity.hasRole(role);
    }

    public boolean isAdmin() {
        return is(Roles.ADMIN);
    }

    public boolean isCoordinator() {
        return is(Roles.COORDINATOR);
    }

    /** The one organisation of the caller, if the token names exactly one. */
    public Optional<String> organisation() {
        TreeSet<String> aliases = organisationsOf(token.getClaim(ORGANISATION_CLAIM));
        return aliases.size() == 1 ? Optional.of(aliases.first()) : Optional.empty();
    }

    /** The caller's organisation, or 403 when the token does not bind the caller to exactly one. */
    public String requireOrganisation() {
        return organisation().orElseThrow(
                () -> ProblemException.forbidden("the token does not bind you to exactly one organisation"));
    }

    static TreeSet<String> organisationsOf(Object claim) {
        TreeSet<String> aliases = new TreeSet<>();
        if (claim instanceof JsonArray array) {
            for (JsonValue value : array) {
                if (value instanceof JsonString string) {
                    aliases.add(string.getString());
                }
            }
        } else if (claim instanceof JsonObject object) {
            aliases.addAll(object.keySet());
        } else if (claim instanceof JsonString string) {
            aliases.add(string.getString());
        } else if (claim instanceof String string) {
            aliases.add(string);
        } else if (claim instanceof Iterable<?> values) {
            values.forEach(value -> {
                if (value != null) {
                    aliases.add(String.valueOf(value));
                }
            });
        }
        aliases.removeIf(String::isBlank);
        return aliases;
    }
}
