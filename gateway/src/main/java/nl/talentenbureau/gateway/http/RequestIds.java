package nl.talentenbureau.gateway.http;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The request id rule the services use (platform's {@code RequestIdFilter}): a well-formed id from the client is
 * kept, anything else is replaced by a new one.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestIds() {
    }

    public static String takeOrCreate(String sent) {
        if (sent != null && SAFE.matcher(sent).matches()) {
            return sent;
        }
        return UUID.randomUUID().toString();
    }
}
