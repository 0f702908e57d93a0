package nl.talentenbureau.matching.projection;

/** The feeds this service follows; the key names its cursor row ({@code feed_cursor}) and its settings ({@code follower.feeds.<key>.*}). */
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
