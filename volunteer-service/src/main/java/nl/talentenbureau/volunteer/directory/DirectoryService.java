package nl.talentenbureau.volunteer.directory;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.panache.common.Sort;

import nl.talentenbureau.platform.feed.OutboxWriter;
import nl.talentenbureau.platform.http.ETags;
import nl.talentenbureau.platform.problem.ProblemException;
import nl.talentenbureau.platform.problem.ProblemKind;
import nl.talentenbureau.volunteer.catalog.CatalogFeed;
import nl.talentenbureau.volunteer.catalog.CatalogService;
import nl.talentenbureau.volunteer.vacancy.VacancyService;

/**
 * The coalition's directory: each organisation's coordinators keep their own entry, an admin any; anyone reads it.
 * Every change is a catalogue event ({@code OrganisationChanged}), so the services that check codes against the
 * catalogue know the organisations a signal may be referred to (ADR 9).
 */
@ApplicationScoped
public class DirectoryService {

    public static final String ORGANISATION_CHANGED = "OrganisationChanged";

    private static final TypeReference<List<DirectoryInput.Offer>> OFFERS = new TypeReference<>() {
    };
    private static final TypeReference<List<DirectoryInput.Opening>> OPENINGS = new TypeReference<>() {
    };

    private final DirectoryRepository entries;
    private final CatalogService catalog;
    private final OutboxWriter outbox;
    private final ObjectMapper json;

    public DirectoryService(DirectoryRepository entries, CatalogService catalog, OutboxWriter outbox,
            ObjectMapper json) {
        this.entries = entries;
        this.catalog = catalog;
        this.outbox = outbox;
        this.json = json;
    }

    /** What a PUT did: the entry as stored now, and whether it was new. */
    public record Written(DirectoryEntry entry, DirectoryView view, boolean created) {
    }

    /** The entries anyone may read, and a tag that changes whenever the answer would. */
    public record Published(List<DirectoryView> entries, String tag) {
    }

    /**
     * Creates the entry (no If-Match) or replaces it (If-Match with the version read: 428 without, 412 when stale).
     *
     * @param organisation the coordinator's organisation; null for an admin, who keeps any entry
     */
    @Transactional
    public Written put(String alias, String organisation, String ifMatch, DirectoryInput input) {
        if (organisation != null && !organisation.equals(alias)) {
            throw ProblemException.forbidden("coordinators keep their own organisation's entry only");
        }
        check(input);
        OffsetDateTime now = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
        DirectoryEntry entry = entries.findByIdOptional(alias).orElse(null);
        boolean created = entry == null;
        if (created) {
            if (ifMatch != null && !ifMatch.isBlank() && !ifMatch.strip().equals("*")) {
                throw new ProblemException(ProblemKind.PRECONDITION_FAILED,
                        "there is no entry for '" + alias + "' (yet): send it without If-Match to create it");
            }
            entry = new DirectoryEntry();
            entry.alias = alias;
            entry.createdAt = now;
        } else {
            ETags.required(ifMatch).requireCurrent(entry.version);
        }
        apply(entry, input, now);
        if (created) {
            try {
                entries.persist(entry);
                entries.flush();
            } catch (PersistenceException e) {
                // another first PUT of the same alias committed in between (the primary key)
                throw ProblemException.conflict("the entry was created by someone else at the same moment: read it"
                        + " and send its ETag in If-Match");
            }
        } else {
            // the new version for the ETag; a writer that read the same version fails here (optimistic lock: 412)
            entries.flush();
        }
        DirectoryEntry written = entry;
        outbox.append(CatalogFeed.AGGREGATE, "organisation:" + alias, ORGANISATION_CHANGED, () -> snapshot(written));
        return new Written(entry, view(entry), created);
    }

    /** Every entry, by name; with a theme, those offering it; with a kern, those offering something there. */
    public Published published(String theme, String kern) {
        List<DirectoryView> found = entries.findAll(Sort.ascending("name").and("alias")).stream().map(this::view)
                .filter(v -> offersIn(v, theme, kern)).toList();
        return new Published(found, VacancyService.tagOf(found));
    }

    /** One entry and its version; 404 when there is none. */
    public Written published(String alias) {
        DirectoryEntry entry = entries.findByIdOptional(alias)
                .orElseThrow(() -> ProblemException.notFound("directory entry"));
        return new Written(entry, view(entry), false);
    }

    /** Whether an entry offers the theme (any, when null) in the kern (anywhere, when null). */
    static boolean offersIn(DirectoryView entry, String theme, String kern) {
        if (theme == null && kern == null) {
            return true;
        }
        return entry.offers().stream().anyMatch(o -> (theme == null || theme.equals(o.theme()))
                && (kern == null || o.kernCodes().isEmpty() || o.kernCodes().contains(kern)));
    }

    private void check(DirectoryInput input) {
        if (!input.contact().reachable()) {
            throw ProblemException.invalid("contact", "give a phone number, e-mail address, website or address");
        }
        Optional<OpeningHours.Problem> opening = OpeningHours.check(input.openings());
        if (opening.isPresent()) {
            throw ProblemException.invalid("openingHours[" + opening.get().index() + "]", opening.get().message());
        }
        for (int i = 0; i < input.offers().size(); i++) {
            DirectoryInput.Offer offer = input.offers().get(i);
            catalog.checkThemes("offers[" + i + "].theme", List.of(offer.theme()));
            List<String> kernen = offer.kernCodes();
            for (int k = 0; k < kernen.size(); k++) {
                catalog.checkKern("offers[" + i + "].kernen[" + k + "]", kernen.get(k));
            }
        }
    }

    private void apply(DirectoryEntry entry, DirectoryInput input, OffsetDateTime now) {
        entry.name = input.name().strip();
        entry.description = blankToNull(input.description());
        entry.offers = write(input.offers().stream()
                .map(o -> new DirectoryInput.Offer(o.theme(), o.kernCodes(), blankToNull(o.summary()))).toList());
        entry.openingHours = write(input.openings());
        entry.openingNote = blankToNull(input.openingNote());
        entry.phone = blankToNull(input.contact().phone());
        entry.email = blankToNull(input.contact().email());
        entry.website = blankToNull(input.contact().website());
        entry.addressLine = blankToNull(input.contact().addressLine());
        entry.updatedAt = now;
    }

    private DirectoryView view(DirectoryEntry entry) {
        return new DirectoryView(entry.alias, entry.name, entry.description, read(entry.offers, OFFERS),
                read(entry.openingHours, OPENINGS), entry.openingNote,
                new DirectoryInput.Contact(entry.phone, entry.email, entry.website, entry.addressLine),
                entry.updatedAt.toLocalDate());
    }

    /** The catalogue event: the alias as its code, the name and the themes; never a contact. */
    private static Map<String, Object> snapshot(DirectoryEntry entry) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("code", entry.alias);
        payload.put("name", entry.name);
        payload.put("retiredAt", null);
        return payload;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("directory entry cannot be written as JSON", e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("directory entry's stored JSON cannot be read", e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
