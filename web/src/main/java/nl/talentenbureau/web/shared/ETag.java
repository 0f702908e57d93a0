package nl.talentenbureau.web.shared;

/** The API's ETags are the version in quotes; a form carries the version it was read at and sends it as If-Match. */
public final class ETag {

    private ETag() {
    }

    public static String ifMatch(long version) {
        return "\"" + version + "\"";
    }
}
