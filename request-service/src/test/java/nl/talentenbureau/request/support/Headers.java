package nl.talentenbureau.request.support;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;

/** The request headers of an exchange: lower-case names, first value each. */
final class Headers {

    private Headers() {
    }

    static Map<String, String> of(HttpExchange exchange) {
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT),
                values.isEmpty() ? "" : values.getFirst()));
        return headers;
    }
}
