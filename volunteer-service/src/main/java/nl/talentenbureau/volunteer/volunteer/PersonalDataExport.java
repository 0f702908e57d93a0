package nl.talentenbureau.volunteer.volunteer;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.talentenbureau.volunteer.application.ApplicationExport;
import nl.talentenbureau.volunteer.privacy.ConsentChangeView;
import nl.talentenbureau.volunteer.privacy.MatchingExport;
import nl.talentenbureau.volunteer.session.EnrolmentExport;

@Schema(name = "PersonalDataExport", description = "Everything this service holds on one person (GDPR art. 15 and 20)")
public record PersonalDataExport(
        OffsetDateTime exportedAt,
        VolunteerView profile,
        @Schema(description = "What matching-service holds on the volunteer: matches, hours, reasons and their own feedback") MatchingExport matching,
        @Schema(description = "Every recorded change of the consents, oldest first: who recorded it and through which channel") List<ConsentChangeView> consentHistory,
        @Schema(description = "The volunteer's training enrolments, by the session's date") List<EnrolmentExport> trainingEnrolments,
        @Schema(description = "The applications that became this profile, with what they said") List<ApplicationExport> applications,
        @Schema(description = "Who else receives parts of it, and which", examples = "[\"matching-service: account id, status, home kern, talents (never name, e-mail or phone)\"]") List<String> sharedWith) {

    /** The same export with what matching-service holds, which the resource asks with the caller's token. */
    PersonalDataExport with(MatchingExport fromMatching) {
        return new PersonalDataExport(exportedAt, profile, fromMatching, consentHistory, trainingEnrolments,
                applications, sharedWith);
    }

    static final List<String> SHARED_WITH = List.of(
            "matching-service: account id, status, home kern, travel distance, languages, talents, weekly availability,"
                    + " capacity, themes, organisations, birth year, VOG validity, trainings, absences,"
                    + " matching consent (never name, e-mail or phone); it holds the matches, hours, reasons and"
                    + " feedback listed under matching");
}
