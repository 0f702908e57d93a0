package nl.talentenbureau.notification.rules;

/** Every message this service sends, and to whom. */
public enum Kind {

    /** To the volunteer: a new offer, with a link to answer it. */
    OFFER_NEW(Audience.VOLUNTEER),
    /** To the volunteer: 24 hours before the deadline of an offer still unanswered. */
    OFFER_REMINDER(Audience.VOLUNTEER),
    /** To the volunteer: the offer was withdrawn. */
    OFFER_WITHDRAWN(Audience.VOLUNTEER),
    /** To the volunteer: the offer's deadline passed without an answer. */
    OFFER_EXPIRED(Audience.VOLUNTEER),
    /** To the volunteer: the match has started. */
    MATCH_ACTIVATED(Audience.VOLUNTEER),
    /** To the volunteer: the VOG ends in 60 or 14 days. */
    VOG_EXPIRING(Audience.VOLUNTEER),
    /** To the volunteer: a training ends in 60 or 14 days. */
    TRAINING_EXPIRING(Audience.VOLUNTEER),
    /** To the coordinators of the match's organisation: the volunteer accepted. */
    OFFER_ACCEPTED(Audience.COORDINATORS),
    /** To the coordinators: the volunteer declined (with the reason, read at send time). */
    OFFER_DECLINED(Audience.COORDINATORS),
    /** To the coordinators: an offer expired unanswered. */
    OFFER_EXPIRED_COORDINATORS(Audience.COORDINATORS),
    /** To the coordinators: the system offered the request to the next candidate by itself. */
    NEXT_CANDIDATE_OFFERED(Audience.COORDINATORS),
    /** To the coordinators: the weekly digest of their organisation. */
    WEEKLY_DIGEST(Audience.COORDINATORS),
    /** To an applicant: follow the link to confirm the application (else it is deleted after a day). */
    APPLICATION_CONFIRM(Audience.APPLICANT),
    /** To an applicant: the application is confirmed; a coordinator will be in touch. */
    APPLICATION_RECEIVED(Audience.APPLICANT),
    /** To an applicant: the intake appointment (when, with whom). */
    INTAKE_PLANNED(Audience.APPLICANT),
    /** To an applicant: welcome, the intake made them an active volunteer. */
    APPLICATION_ACCEPTED(Audience.APPLICANT),
    /** To an applicant: declined, with the reason (read at send time). */
    APPLICATION_DECLINED(Audience.APPLICANT),
    /** To someone who signed up for an event: follow the link to confirm. */
    SIGNUP_CONFIRM(Audience.APPLICANT),
    /** To someone who came to an event and showed interest: a link to apply (source EVENT). */
    EVENT_INVITATION(Audience.APPLICANT),
    /**
     * To the coordinators of the organisation a signal was referred to: nobody picked it up in time, and it went to
     * the coalition's admin (issue 16). Codes only: never the note or the senior.
     */
    SIGNAL_ESCALATED(Audience.COORDINATORS),
    /**
     * To the coalition's admins: a signal nobody of the receiving organisation picked up in time (issue 16: escalated
     * to the admin). Codes and the organisation only.
     */
    SIGNAL_ESCALATED_ADMIN(Audience.ADMINS);

    private final Audience audience;

    Kind(Audience audience) {
        this.audience = audience;
    }

    public Audience audience() {
        return audience;
    }

    /** The kinds that only make sense while the offer is still open. */
    public boolean needsOpenOffer() {
        return this == OFFER_NEW || this == OFFER_REMINDER;
    }

    /** The kinds whose link confirms what was sent: pointless once it is confirmed. */
    public boolean confirmsAddress() {
        return this == APPLICATION_CONFIRM || this == SIGNUP_CONFIRM;
    }
}
