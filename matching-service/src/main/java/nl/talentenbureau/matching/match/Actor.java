package nl.talentenbureau.matching.match;

/**
 * Who acts on a match: a coordinator of an organisation (any match of it) or a volunteer (their own matches only,
 * found through the token subject).
 */
public record Actor(Side side, String organisation, String subject) {

    public static Actor coordinator(String organisation, String subject) {
        return new Actor(Side.COORDINATOR, organisation, subject);
    }

    public static Actor volunteer(String subject) {
        return new Actor(Side.VOLUNTEER, null, subject);
    }
}
