package nl.talentenbureau.matching.projection;

/** The feeds this service follows; the name is the key of its row in {@code feed_cursor}. */
public enum Feed {

    VOLUNTEERS("volunteers"),
    REQUESTS("requests");

    private final String key;

    Feed(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
