package nl.talentenbureau.notification.delivery;

import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

import com.fasterxml.jackson.databind.JsonNode;

import nl.talentenbureau.notification.followed.RequestFacts;
import nl.talentenbureau.notification.rules.Kind;

/**
 * The words of every message, in Dutch and English (texts in {@code mail/texts*.properties}): short sentences, the
 * facts as a list, one clear button, and always the way to answer by phone.
 */
public final class Letters {

    public static final List<String> LANGUAGES = List.of("nl", "en");

    private final String publicUrl;
    private final ZoneId zone;
    private final String applyUrl;

    public Letters(String publicUrl, ZoneId zone) {
        this(publicUrl, zone, null);
    }

    /**
     * {@code applyUrl}: the application form an event's invitation links to; null: the web app's public form,
     * {@code {publicUrl}/solliciteren}.
     */
    public Letters(String publicUrl, ZoneId zone, String applyUrl) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.zone = zone;
        this.applyUrl = applyUrl == null || applyUrl.isBlank() ? this.publicUrl + "/solliciteren" : applyUrl;
    }

    /** nl unless the person chose en. */
    public static String language(String preferred) {
        return preferred != null && preferred.toLowerCase(Locale.ROOT).startsWith("en") ? "en" : "nl";
    }

    /** Everything a letter may use, gathered at send time. */
    public record Input(Kind kind, String language, String name, JsonNode facts, Optional<RequestFacts> request,
            Optional<String> reason) {
    }

    public Letter compose(Input in) {
        Texts t = new Texts(in.language());
        Kind kind = in.kind();
        String k = kind.name();
        boolean toVolunteer = kind.audience() == nl.talentenbureau.notification.rules.Audience.VOLUNTEER;
        String theme = in.request().map(r -> label(r.theme())).orElse(t.get("unknown.theme"));
        String kern = in.request().map(r -> label(r.kern())).orElse(t.get("unknown.kern"));
        String matchId = text(in.facts(), "matchId");
        String greeting = in.name() == null || in.name().isBlank()
                ? t.get(toVolunteer ? "greeting" : "greeting.coordinator")
                : t.format("greeting.named", in.name());
        List<String> paragraphs = new ArrayList<>();
        List<Letter.Section> sections = new ArrayList<>();
        String actionLabel = null;
        String actionUrl = null;
        String subject;
        if (kind.audience() == nl.talentenbureau.notification.rules.Audience.APPLICANT) {
            return toApplicant(in, t);
        }
        switch (kind) {
            case VOG_EXPIRING, TRAINING_EXPIRING -> {
                String date = date(LocalDate.parse(text(in.facts(), "validUntil")), t.locale);
                String what = kind == Kind.VOG_EXPIRING ? t.get("vog") : label(text(in.facts(), "training"));
                subject = t.format(k + ".subject", what, date);
                paragraphs.add(t.format(k + ".text", what, date));
                paragraphs.add(t.get(k + ".how"));
            }
            case WEEKLY_DIGEST -> {
                subject = t.get(k + ".subject");
                paragraphs.add(t.get(k + ".text"));
                sections.add(new Letter.Section(t.get("digest.open"), lines(in.facts().path("open"), t)));
                sections.add(new Letter.Section(t.get("digest.waiting"), lines(in.facts().path("waiting"), t)));
                sections.add(new Letter.Section(t.get("digest.renewals"), lines(in.facts().path("renewals"), t)));
                actionLabel = t.get("coordinator.action");
                actionUrl = publicUrl + "/matches";
            }
            case SIGNAL_ESCALATED, SIGNAL_ESCALATED_ADMIN -> {
                String signalTheme = label(text(in.facts(), "theme"));
                String organisation = text(in.facts(), "receivingOrganisation");
                subject = t.format(k + ".subject", signalTheme);
                paragraphs.add(t.format(k + ".text", signalTheme, organisation));
                List<String> details = new ArrayList<>();
                details.add(t.get("label.what") + ": " + signalTheme);
                if (in.kind() == Kind.SIGNAL_ESCALATED_ADMIN && organisation != null) {
                    details.add(t.get("label.referredTo") + ": " + organisation);
                }
                String urgency = text(in.facts(), "urgency");
                if (urgency != null) {
                    details.add(t.get("label.urgency") + ": " + t.get("urgency." + urgency));
                }
                String raisedAt = text(in.facts(), "raisedAt");
                if (raisedAt != null) {
                    details.add(t.get("label.raised") + ": " + dateTime(OffsetDateTime.parse(raisedAt), t.locale));
                }
                details.add(t.get("label.signal") + ": " + text(in.facts(), "signalId"));
                sections.add(new Letter.Section(t.get("label.details"), details));
                paragraphs.add(t.format(k + ".how", signalTheme, organisation));
            }
            default -> {
                subject = t.format(k + ".subject", theme, kern);
                paragraphs.add(t.format(k + ".text", theme, kern));
                List<String> details = new ArrayList<>();
                details.add(t.get("label.what") + ": " + theme);
                details.add(t.get("label.where") + ": " + kern);
                in.request().map(r -> when(r, t)).filter(w -> !w.isBlank())
                        .ifPresent(w -> details.add(t.get("label.when") + ": " + w));
                String deadline = text(in.facts(), "answerDeadline");
                if (deadline != null && (kind == Kind.OFFER_NEW || kind == Kind.OFFER_REMINDER
                        || kind == Kind.NEXT_CANDIDATE_OFFERED)) {
                    details.add(t.get("label.deadline") + ": " + dateTime(OffsetDateTime.parse(deadline), t.locale));
                }
                if (kind == Kind.OFFER_DECLINED) {
                    details.add(t.get("label.reason") + ": " + in.reason().filter(r -> !r.isBlank())
                            .orElse(t.get("reason.none")));
                }
                String channel = text(in.facts(), "answerChannel");
                if (channel != null && !toVolunteer) {
                    details.add(t.get("label.channel") + ": " + t.get("channel." + channel));
                }
                if (!toVolunteer && text(in.facts(), "volunteerId") != null) {
                    details.add(t.get("label.volunteer") + ": " + text(in.facts(), "volunteerId"));
                }
                sections.add(new Letter.Section(t.get("label.details"), details));
                if (kind == Kind.OFFER_NEW || kind == Kind.OFFER_REMINDER) {
                    actionLabel = t.get("offer.action");
                    actionUrl = publicUrl + "/aanbod/" + matchId;
                    paragraphs.add(t.get("offer.phone"));
                } else if (!toVolunteer) {
                    actionLabel = t.get("coordinator.action");
                    actionUrl = publicUrl + "/matches/" + matchId;
                }
            }
        }
        return new Letter(in.language(), subject, greeting, paragraphs, sections, actionLabel, actionUrl,
                t.get("closing"), t.get(toVolunteer ? "footer" : "footer.coordinator"));
    }

    /**
     * A mail to someone who applied or signed up for an event (no volunteer yet): what the step means in plain words,
     * its facts, and the one link it needs (confirm, apply). Always a way to reach a person instead.
     */
    private Letter toApplicant(Input in, Texts t) {
        Kind kind = in.kind();
        String k = kind.name();
        JsonNode f = in.facts();
        String greeting = in.name() == null || in.name().isBlank()
                ? t.get("greeting.applicant")
                : t.format("greeting.named", in.name());
        List<String> paragraphs = new ArrayList<>();
        List<String> details = new ArrayList<>();
        String actionLabel = null;
        String actionUrl = null;
        String subject = t.get(k + ".subject");
        String vacancy = text(f, "vacancyTitle");
        String event = text(f, "eventTitle");
        String eventOn = text(f, "eventOn") == null ? "" : date(LocalDate.parse(text(f, "eventOn")), t.locale);
        switch (kind) {
            case APPLICATION_CONFIRM -> {
                paragraphs.add(vacancy == null ? t.get(k + ".text") : t.format(k + ".text.vacancy", vacancy));
                paragraphs.add(t.get(k + ".expiry"));
                actionLabel = t.get(k + ".action");
                // the web app's page: its button confirms through the API (opening the link confirms nothing, so a
                // mail scanner cannot) and says in words what happened
                actionUrl = publicUrl + "/solliciteren/bevestigen?token=" + text(f, "confirmToken");
            }
            case SIGNUP_CONFIRM -> {
                subject = t.format(k + ".subject", event);
                paragraphs.add(t.format(k + ".text", event));
                details.add(t.get("label.what") + ": " + event);
                details.add(t.get("label.when") + ": " + eventOn + ", " + text(f, "eventStartsAt"));
                details.add(t.get("label.where") + ": " + text(f, "eventPlace"));
                paragraphs.add(t.get(k + ".expiry"));
                actionLabel = t.get(k + ".action");
                // the web app's page, as the application's: its button confirms (opening the link confirms nothing)
                actionUrl = publicUrl + "/bijeenkomsten/bevestigen?token=" + text(f, "confirmToken");
            }
            case INTAKE_PLANNED -> {
                String at = text(f, "intakeAt") == null
                        ? ""
                        : dateTime(OffsetDateTime.parse(text(f, "intakeAt")),
                                t.locale);
                subject = t.format(k + ".subject", at);
                paragraphs.add(t.format(k + ".text", at, text(f, "intakeWith")));
                details.add(t.get("label.when") + ": " + at);
                details.add(t.get("label.with") + ": " + text(f, "intakeWith"));
                paragraphs.add(t.get(k + ".change"));
            }
            case APPLICATION_DECLINED -> {
                paragraphs.add(t.get(k + ".text"));
                details.add(t.get("label.reason") + ": " + in.reason().filter(r -> !r.isBlank())
                        .orElse(t.get("reason.none")));
                paragraphs.add(t.get(k + ".after"));
            }
            case EVENT_INVITATION -> {
                paragraphs.add(t.format(k + ".text", event == null ? "" : event, eventOn));
                actionLabel = t.get(k + ".action");
                String eventId = text(f, "eventId");
                actionUrl = applyUrl + (applyUrl.contains("?") ? "&" : "?") + "bron=EVENT"
                        + (eventId == null ? "" : "&evenement=" + eventId);
            }
            default -> paragraphs.add(t.get(k + ".text"));
        }
        List<Letter.Section> sections = details.isEmpty()
                ? List.of()
                : List.of(new Letter.Section(t.get("label.details"), details));
        paragraphs.add(t.get("applicant.phone"));
        return new Letter(in.language(), subject, greeting, paragraphs, sections, actionLabel, actionUrl,
                t.get("closing"), t.get("footer.applicant"));
    }

    private List<String> lines(JsonNode items, Texts t) {
        List<String> lines = new ArrayList<>();
        if (items.isArray()) {
            for (JsonNode item : items) {
                String line = switch (item.path("type").asText()) {
                    case "open" -> t.format("digest.open.line", label(item.path("theme").asText(null)),
                            label(item.path("kern").asText(null)), item.hasNonNull("dueDate")
                                    ? date(LocalDate.parse(item.path("dueDate").asText()), t.locale)
                                    : t.get("digest.noDate"));
                    case "waiting" -> t.format("digest.waiting.line", item.path("matchId").asText(),
                            item.hasNonNull("answerDeadline")
                                    ? dateTime(OffsetDateTime.parse(item.path("answerDeadline").asText()), t.locale)
                                    : t.get("digest.noDate"));
                    default -> t.format("digest.renewal.line", item.path("volunteerId").asText(),
                            "vog".equals(item.path("what").asText()) ? t.get("vog") : label(item.path("what").asText()),
                            date(LocalDate.parse(item.path("validUntil").asText()), t.locale));
                };
                lines.add(line);
            }
        }
        if (lines.isEmpty()) {
            lines.add(t.get("digest.none"));
        }
        return lines;
    }

    /** "dinsdag 14 juli 2026, ochtend" or "elke week: dinsdagochtend, donderdagmiddag (vanaf 1 juli 2026)". */
    String when(RequestFacts request, Texts t) {
        RequestFacts.Schedule s = request.schedule();
        if (s == null) {
            return request.dueDate() == null ? "" : t.format("when.before", date(request.dueDate(), t.locale));
        }
        if ("ONE_OFF".equals(s.type()) && s.date() != null) {
            String parts = s.dayParts() == null
                    ? ""
                    : String.join(", ",
                            s.dayParts().stream().map(p -> t.get("part." + p)).toList());
            return date(s.date(), t.locale) + (parts.isEmpty() ? "" : ", " + parts);
        }
        List<String> slots = new ArrayList<>();
        if (s.slots() != null) {
            for (String slot : s.slots()) {
                String[] dayAndPart = slot.split("_", 2);
                DayOfWeek day = switch (dayAndPart[0]) {
                    case "MON" -> DayOfWeek.MONDAY;
                    case "TUE" -> DayOfWeek.TUESDAY;
                    case "WED" -> DayOfWeek.WEDNESDAY;
                    case "THU" -> DayOfWeek.THURSDAY;
                    case "FRI" -> DayOfWeek.FRIDAY;
                    case "SAT" -> DayOfWeek.SATURDAY;
                    default -> DayOfWeek.SUNDAY;
                };
                slots.add(day.getDisplayName(TextStyle.FULL, t.locale) + " " + t.get("part." + dayAndPart[1]));
            }
        }
        String from = s.startsOn() == null ? "" : " " + t.format("when.from", date(s.startsOn(), t.locale));
        return t.format("when.weekly", String.join(", ", slots)) + from;
    }

    private String date(LocalDate date, Locale locale) {
        return date.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale));
    }

    private String dateTime(OffsetDateTime at, Locale locale) {
        return at.atZoneSameInstant(zone).format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", locale));
    }

    /** A code as words: {@code boodschappen-doen} -> "Boodschappen doen". */
    static String label(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String words = code.replace('-', ' ').replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String text(JsonNode facts, String field) {
        return facts == null || !facts.hasNonNull(field) ? null : facts.get(field).asText();
    }

    static final class Texts {

        final Locale locale;
        final ResourceBundle bundle;

        Texts(String language) {
            this.locale = "en".equals(language) ? Locale.ENGLISH : Locale.of("nl", "NL");
            this.bundle = ResourceBundle.getBundle("mail.texts", locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        }

        String get(String key) {
            return bundle.getString(key);
        }

        String format(String key, Object... args) {
            return new MessageFormat(bundle.getString(key), locale).format(args);
        }
    }

}
