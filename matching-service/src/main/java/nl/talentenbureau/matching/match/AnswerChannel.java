package nl.talentenbureau.matching.match;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How an offer was answered: by the volunteer themself (SELF), or for them by a coordinator. */
@Schema(name = "AnswerChannel", description = "How the offer was answered: SELF by the volunteer in the app, or by a coordinator for a volunteer who phoned (PHONE), came by (IN_PERSON) or sent a form (PAPER)", examples = "PHONE")
public enum AnswerChannel {
    SELF,
    PHONE,
    IN_PERSON,
    PAPER
}
