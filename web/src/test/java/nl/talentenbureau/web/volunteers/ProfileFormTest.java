package nl.talentenbureau.web.volunteers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.talentenbureau.web.profile.VolunteerApi.TalentLevel;
import nl.talentenbureau.web.volunteers.PoolApi.CoordinatorInput;
import nl.talentenbureau.web.volunteers.PoolApi.Screening;
import nl.talentenbureau.web.volunteers.PoolApi.Volunteer;

class ProfileFormTest {

    static Volunteer anna(boolean contactWithheld) {
        return new Volunteer(UUID.randomUUID(), "ACTIVE", "Anna", contactWithheld ? null : "anna@example.org",
                contactWithheld ? null : "06 1", contactWithheld, 1958, "breukelen", 10, List.of("nl", "pap"),
                List.of(new TalentLevel("digital-help", 2), new TalentLevel("gone", 1)), List.of("TUE_MORNING"), 2,
                List.of("digital", "old-theme"), List.of("handjehelpen"),
                new Screening(LocalDate.of(2025, 3, 1), null, true, List.of()), 3);
    }

    @Test
    void aFormAsPostedIsReadWithItsLevelsAndChoices() {
        ProfileForm form = ProfileForm.read(Map.of("fullName", List.of(" Anna "), "level-driving", List.of("3"),
                "level-digital-help", List.of(""), "level-x", List.of("9"), "spoken", List.of("nl", "nl", "en"),
                "theme", List.of("mobility"), "capacity", List.of("1")));

        assertThat(form.fullName()).isEqualTo("Anna");
        assertThat(form.levels()).containsExactlyEntriesOf(Map.of("driving", 3));
        assertThat(form.spoken()).containsExactly("nl", "en");
        assertThat(form.level("digital-help")).isZero();
    }

    @Test
    void whatTheFormDoesNotOfferIsSentBackAsRead() {
        ProfileForm typed = new ProfileForm("Anna B", "a@b.nl", "", "1960", "maarssen", "15", "1",
                List.of("en"), Map.of("driving", 1), List.of("mobility"));

        CoordinatorInput input = typed.input(anna(false), List.of("digital-help", "driving"),
                List.of("digital", "mobility"));

        assertThat(input.name()).isEqualTo("Anna B");
        assertThat(input.phone()).as("an empty field is no phone").isNull();
        assertThat(input.birthYear()).isEqualTo(1960);
        assertThat(input.languages()).containsExactly("en", "pap");
        assertThat(input.talents()).containsExactly(new TalentLevel("driving", 1), new TalentLevel("gone", 1));
        assertThat(input.themes()).containsExactly("mobility", "old-theme");
        assertThat(input.availability()).containsExactly("TUE_MORNING");
        assertThat(input.capacity()).isEqualTo(1);
        assertThat(input.maxTravelKm()).isEqualTo(15);
    }

    @Test
    void withheldContactDetailsAreNeverSentWhateverWasTyped() {
        ProfileForm typed = new ProfileForm("Anna", "guess@example.org", "06 2", null, "breukelen", "10", "2",
                List.of(), Map.of(), List.of());

        CoordinatorInput input = typed.input(anna(true), List.of(), List.of());

        assertThat(input.email()).isNull();
        assertThat(input.phone()).isNull();
    }

    @Test
    void theFieldsThePageChecksItselfAreTheRequiredAndTheNumbers() {
        ProfileForm wrong = new ProfileForm(" ", null, null, "negentien", null, "ver", "", List.of(), Map.of(),
                List.of());
        assertThat(wrong.wrong()).containsExactly("fullName", "yearOfBirth", "kern", "maxTravelKm", "capacity");
        assertThat(ProfileForm.of(anna(false)).wrong()).isEmpty();
    }

    @Test
    void theDifferencesWithWhatIsSavedNowNameEachChangedField() {
        ProfileForm now = ProfileForm.of(anna(false));
        ProfileForm typed = new ProfileForm("Anna", "anna@example.org", "06 9", "1958", "maarssen", "10", "2",
                List.of("pap", "nl"), Map.of("digital-help", 3, "gone", 1), List.of("old-theme", "digital"));

        assertThat(typed.differences(now, true)).containsExactlyInAnyOrder("phone", "kern", "level-digital-help");
        assertThat(typed.differences(now, false)).as("contact not shown, not compared")
                .containsExactlyInAnyOrder("kern", "level-digital-help");
        assertThat(now.differences(now, true)).isEmpty();
    }
}
