package nl.talentenbureau.matching.match;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a volunteer gave a coordinator their answer; {@link AnswerChannel#SELF} is not one of them. */
@Schema(name = "OnBehalfChannel", description = "How the volunteer gave you their answer: by phone, in person or on paper", examples = "PHONE")
public enum OnBehalfChannel {

    PHONE,
    IN_PERSON,
    PAPER;

    AnswerChannel channel() {
        return AnswerChannel.valueOf(name());
    }
}
