package nl.talentenbureau.web.signin;

import java.util.List;

/**
 * The paths anyone may open, as {@code quarkus.http.auth.permission.public.paths} lists them: an exact path, or a
 * prefix ending in {@code /*} that also matches the prefix itself (the way Quarkus matches a permission's paths).
 */
record PublicPaths(List<String> patterns) {

    PublicPaths {
        patterns = List.copyOf(patterns);
    }

    boolean contains(String path) {
        for (String pattern : patterns) {
            if (pattern.endsWith("/*")) {
                String prefix = pattern.substring(0, pattern.length() - 2);
                if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                    return true;
                }
            } else if (pattern.equals(path)) {
                return true;
            }
        }
        return false;
    }
}
