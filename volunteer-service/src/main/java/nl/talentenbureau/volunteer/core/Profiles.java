package nl.talentenbureau.volunteer.core;

import java.util.List;
import java.util.UUID;

/** The questions another feature asks about a profile before it changes its own part; the volunteer feature answers. */
public interface Profiles {

    /** 404 for an unknown or erased profile: a feature calls this before it changes anything. */
    void requireChangeable(UUID volunteerId);

    /** Whether the profile exists and is not erased. */
    boolean present(UUID volunteerId);

    /** The organisations the volunteer volunteers for; 404 for an unknown or erased profile. */
    List<String> organisations(UUID volunteerId);

    /** What an invitation needs of a profile; 404 for an unknown or erased one. */
    AccountProfile accountProfile(UUID volunteerId);

    /** The profile linked to the caller's account; 404 when they have not registered yet. */
    UUID ownId(String subject);

    /**
     * An application taken up for intake becomes a profile of that organisation: registered APPLIED, then stepped to
     * INTAKE, each with its event. Answers the new profile's id.
     */
    UUID registerApplicant(ApplicantProfile applicant);

    /** The intake's outcome on the profile: {@code ACTIVE}, or {@code STOPPED} for a declined applicant. */
    void stepApplicant(UUID volunteerId, String status);

    /** Erases the profile as {@code DELETE /api/volunteers/{id}} does (retention of declined applications). */
    void eraseProfile(UUID volunteerId);
}
