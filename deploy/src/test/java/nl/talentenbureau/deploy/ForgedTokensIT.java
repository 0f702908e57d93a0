package nl.talentenbureau.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

/**
 * Tokens made from a real Keycloak token (same claims, altered or signed again) answer 401 problem+json at the
 * gateway and at each service called directly on its own port. The control, the same claims signed by a key the
 * realm publishes, is accepted everywhere: so each forged token is refused for what was forged, not by accident.
 */
class ForgedTokensIT {

    /** A protected read at each address, which a coordinator may make. */
    private static final Map<String, String> TARGETS = new LinkedHashMap<>();

    private static Map<String, UnaryOperator<String>> forgeries() {
        Map<String, UnaryOperator<String>> forgeries = new LinkedHashMap<>();
        forgeries.put("alg none (unsigned)", Forgery::unsigned);
        forgeries.put("expired", Forgery::expired);
        forgeries.put("wrong issuer", Forgery::wrongIssuer);
        forgeries.put("wrong audience", Forgery::wrongAudience);
        forgeries.put("signed by another key", Forgery::signedByAnotherKey);
        forgeries.put("claims changed after signing", Forgery::tamperedClaims);
        return forgeries;
    }

    @Test
    void forgedTokensAnswer401ProblemAtTheGatewayAndAtEachService() {
        TARGETS.put("gateway", ItStack.gateway() + "/api/volunteers?size=1");
        TARGETS.put("volunteer-service", ItStack.url("volunteer-service") + "/api/volunteers?size=1");
        TARGETS.put("request-service", ItStack.url("request-service") + "/api/requests?size=1");
        TARGETS.put("matching-service", ItStack.url("matching-service") + "/api/offers");
        Api api = ItStack.api();
        String coordinator = api.token(DemoAccounts.COORDINATOR_WELZIJN);
        String volunteer = api.token(DemoAccounts.VOLUNTEER_ANNA);

        int calls = 0;
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> target : TARGETS.entrySet()) {
            // matching's offers are a volunteer's; the other reads a coordinator's
            String real = target.getKey().equals("matching-service") ? volunteer : coordinator;
            Api.Answer control = api.get(target.getValue(), Forgery.unchanged(real));
            assertThat(control.status()).as("control at " + target.getKey() + ": " + control.body()).isEqualTo(200);
            for (Map.Entry<String, UnaryOperator<String>> forgery : forgeries().entrySet()) {
                Api.Answer answer = api.get(target.getValue(), forgery.getValue().apply(real));
                calls++;
                String type = answer.header("Content-Type");
                if (answer.status() != 401 || type == null || !type.startsWith("application/problem+json")) {
                    wrong.add(forgery.getKey() + " at " + target.getKey() + ": " + answer.status() + " " + type + " "
                            + answer.body());
                }
            }
        }
        System.out.printf("forged tokens: %d calls (%d forgeries x %d addresses), %d not answered 401 problem+json%n",
                calls, forgeries().size(), TARGETS.size(), wrong.size());
        assertThat(wrong).isEmpty();
    }
}
