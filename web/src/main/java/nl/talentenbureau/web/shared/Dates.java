package nl.talentenbureau.web.shared;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

/**
 * Dates as people read them, in the page's language: "dinsdag 15 december 2026", and with the time for a deadline
 * ("vrijdag 5 december 2026, 11:15", Dutch time). Templates write {@code {date.inWords}} or
 * {@code {deadline.momentInWords}} and keep the ISO value in {@code <time datetime>} for machines.
 */
@TemplateExtension
public final class Dates {

    /** The coalition's municipalities keep Dutch time; an instant is shown as it is there. */
    static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    private Dates() {
    }

    public static String inWords(LocalDate date, @TemplateAttribute("locale") Object locale) {
        return date == null ? "" : DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", localeOf(locale)).format(date);
    }

    public static String inWords(OffsetDateTime at, @TemplateAttribute("locale") Object locale) {
        return at == null ? "" : inWords(at.atZoneSameInstant(DUTCH_TIME).toLocalDate(), locale);
    }

    public static String momentInWords(OffsetDateTime at, @TemplateAttribute("locale") Object locale) {
        return at == null
                ? ""
                : DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", localeOf(locale))
                        .format(at.atZoneSameInstant(DUTCH_TIME));
    }

    static Locale localeOf(Object locale) {
        if (locale instanceof Locale given) {
            return given;
        }
        return locale == null ? Lang.NL.locale() : Locale.forLanguageTag(locale.toString());
    }
}
