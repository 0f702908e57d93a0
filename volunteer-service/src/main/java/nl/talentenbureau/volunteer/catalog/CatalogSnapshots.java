package nl.talentenbureau.volunteer.catalog;

import java.time.Instant;
import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * The payloads of the catalogue's feed events: the whole entry, so a consumer upserts it by code. The migration
 * {@code V3__catalog_events.sql} writes the same shapes for the shipped entries (its {@code catalog_*_snapshot}
 * functions); {@code CatalogEventsTest} compares the two.
 */
public final class CatalogSnapshots {

    /**
     * UTC with microseconds, always six digits: what PostgreSQL keeps, and what the migration writes with
     * {@code to_char(... 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')}.
     */
    static final String TIMESTAMP = "uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'";

    private CatalogSnapshots() {
    }

    public record KernSnapshot(String code, String name, String municipality, double lat, double lon, String note) {

        static KernSnapshot of(Kern kern) {
            return new KernSnapshot(kern.code, kern.name, kern.municipality, kern.lat, kern.lon, kern.note);
        }
    }

    public record ThemeSnapshot(String code, String nameNl, String nameEn, String source) {

        static ThemeSnapshot of(Theme theme) {
            return new ThemeSnapshot(theme.code, theme.nameNl, theme.nameEn, theme.source);
        }
    }

    /** {@code retiredAt} set: kept on the profiles that hold it, no longer assignable. */
    public record TalentSnapshot(String code, String theme, String nameNl, String nameEn,
            @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = TIMESTAMP, timezone = "UTC") Instant retiredAt) {

        static TalentSnapshot of(Talent talent) {
            return new TalentSnapshot(talent.code, talent.themeCode, talent.nameNl, talent.nameEn,
                    instant(talent.retiredAt));
        }
    }

    /**
     * {@code validYears}: a training completed on day D counts up to and including D + validYears - 1 day
     * ({@link Training#expiryFor}); null: it does not expire.
     */
    public record TrainingSnapshot(String code, String nameNl, String nameEn, Integer validYears,
            @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = TIMESTAMP, timezone = "UTC") Instant retiredAt) {

        static TrainingSnapshot of(Training training) {
            return new TrainingSnapshot(training.code, training.nameNl, training.nameEn, training.validYears,
                    instant(training.retiredAt));
        }
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
