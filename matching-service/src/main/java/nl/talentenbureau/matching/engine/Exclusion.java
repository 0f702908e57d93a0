package nl.talentenbureau.matching.engine;

/**
 * Why a volunteer was not scored. Each excluded volunteer counts once, under the first filter it fails in this
 * order; distance comes first so whole kernen out of reach can be skipped without looking at their volunteers.
 */
public enum Exclusion {

    TOO_FAR("too far"),
    NOT_ACTIVE("not active"),
    NO_VALID_VOG("without a valid VOG"),
    MISSING_TRAINING("without a required training"),
    NO_SHARED_LANGUAGE("without a required language"),
    AT_CAPACITY("at full capacity"),
    ABSENT("absent on the date"),
    /** an open or live match of theirs (any organisation's) already holds a slot or date the request needs */
    BUSY("already busy then");

    private final String label;

    Exclusion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** "14 without a valid VOG" */
    public String describe(int count) {
        return count + " " + label;
    }
}
