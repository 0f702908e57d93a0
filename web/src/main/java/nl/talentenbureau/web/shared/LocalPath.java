package nl.talentenbureau.web.shared;

/** A way back given by the browser is followed only inside the app: no open redirect to another site. */
public final class LocalPath {

    private LocalPath() {
    }

    public static String orHome(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")
                || path.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        return path;
    }
}
