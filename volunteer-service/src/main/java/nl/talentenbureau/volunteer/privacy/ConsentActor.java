package nl.talentenbureau.volunteer.privacy;

/**
 * Who records a consent change, and how: the volunteer themselves ({@code SELF}), or a coordinator who heard it on
 * paper, by phone or in person.
 *
 * @param role VOLUNTEER or COORDINATOR
 * @param subject the token subject of the one who records it
 * @param organisation the coordinator's organisation; null for the volunteer
 */
public record ConsentActor(Role role, String subject, String organisation, ConsentChannel channel) {

    public enum Role {
        VOLUNTEER,
        COORDINATOR,
        UNRECORDED
    }

    public static ConsentActor self(String subject) {
        return new ConsentActor(Role.VOLUNTEER, subject, null, ConsentChannel.SELF);
    }

    public static ConsentActor coordinator(String subject, String organisation, ConsentChannel channel) {
        return new ConsentActor(Role.COORDINATOR, subject, organisation, channel);
    }
}
