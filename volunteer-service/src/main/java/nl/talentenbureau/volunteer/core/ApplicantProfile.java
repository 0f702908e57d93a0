package nl.talentenbureau.volunteer.core;

/**
 * What an application gives the profile it becomes at its intake; the coordinator completes the rest (talents,
 * availability, travel distance) with {@code PUT /api/volunteers/{id}}.
 */
public record ApplicantProfile(String organisation, String name, String email, String phone, String homeKern) {
}
