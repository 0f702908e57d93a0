package nl.talentenbureau.deploy.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;

import nl.talentenbureau.deploy.manifests.Flows.Endpoint;

/**
 * The NetworkPolicies of deploy/k8s allow exactly the flows of DESIGN.md, compared both ways: every expected flow
 * is allowed and nothing else is. Feeds (/internal) only between the services that follow them; only the gateway
 * and Keycloak's public endpoints reachable from the Ingress controller.
 */
class NetworkPolicyTest {

    private static final String NAMESPACE = "talentenbureau";
    private static final String DNS = "kube-dns:53/UDP", DNS_TCP = "kube-dns:53/TCP";

    /** The pods of the stack and around it, with the labels the operators and Kubernetes give them. */
    static final List<Endpoint> ENDPOINTS = List.of(
            Endpoint.pod("ingress-controller", "ingress-nginx", Map.of("app.kubernetes.io/name", "ingress-nginx"),
                    "80/TCP", "443/TCP"),
            Endpoint.pod("cnpg-operator", "cnpg-system", Map.of("app.kubernetes.io/name", "cloudnative-pg"),
                    "9443/TCP"),
            Endpoint.pod("kube-dns", "kube-system", Map.of("k8s-app", "kube-dns"), "53/UDP", "53/TCP"),
            // a pod of someone else, in another namespace, that happens to carry the gateway's label
            Endpoint.pod("impostor-elsewhere", "default", Map.of("app.kubernetes.io/name", "gateway"), "8080/TCP"),
            Endpoint.address("internet", "203.0.113.10", "443/TCP", "80/TCP", "587/TCP"),
            Endpoint.address("kubernetes-api", "10.0.0.1", "443/TCP", "6443/TCP"),
            Endpoint.pod("gateway", NAMESPACE, Map.of("app.kubernetes.io/name", "gateway"), "8080/TCP", "9090/TCP"),
            Endpoint.pod("volunteer-service", NAMESPACE, Map.of("app.kubernetes.io/name", "volunteer-service"),
                    "8081/TCP", "9091/TCP"),
            Endpoint.pod("request-service", NAMESPACE, Map.of("app.kubernetes.io/name", "request-service"),
                    "8082/TCP", "9092/TCP"),
            Endpoint.pod("matching-service", NAMESPACE, Map.of("app.kubernetes.io/name", "matching-service"),
                    "8083/TCP", "9093/TCP"),
            Endpoint.pod("notification-service", NAMESPACE,
                    Map.of("app.kubernetes.io/name", "notification-service"), "8084/TCP", "9094/TCP"),
            Endpoint.pod("web", NAMESPACE, Map.of("app.kubernetes.io/name", "web"), "8085/TCP", "9095/TCP"),
            Endpoint.pod("postgres", NAMESPACE,
                    Map.of("cnpg.io/cluster", "talentenbureau-db", "cnpg.io/podRole", "instance"), "5432/TCP",
                    "8000/TCP"),
            Endpoint.pod("keycloak", NAMESPACE, Map.of("app", "keycloak", "app.kubernetes.io/instance", "keycloak",
                    "app.kubernetes.io/managed-by", "keycloak-operator"), "8080/TCP", "9000/TCP", "7800/TCP"),
            Endpoint.pod("keycloak-operator", NAMESPACE, Map.of("app.kubernetes.io/name", "keycloak-operator"),
                    "8080/TCP"),
            Endpoint.pod("realm-import", NAMESPACE, Map.of("batch.kubernetes.io/job-name", "talentenbureau-realm")),
            // any other pod someone starts in the namespace
            Endpoint.pod("stranger", NAMESPACE, Map.of("app.kubernetes.io/name", "debug"), "8080/TCP"));

    /** DESIGN.md's flows, with the ports; DNS for every pod of the namespace is added below. */
    static final Set<String> EXPECTED = Set.of(
            // from outside, through the Ingress controller only
            "ingress-controller -> gateway:8080/TCP",
            "ingress-controller -> keycloak:8080/TCP",
            // the gateway routes the API
            "gateway -> volunteer-service:8081/TCP",
            "gateway -> request-service:8082/TCP",
            "gateway -> matching-service:8083/TCP",
            "gateway -> notification-service:8084/TCP",
            // the gateway's readiness reads each service's management port (health, metrics); nobody else does
            "gateway -> volunteer-service:9091/TCP",
            "gateway -> request-service:9092/TCP",
            "gateway -> matching-service:9093/TCP",
            "gateway -> notification-service:9094/TCP",
            "gateway -> web:9095/TCP",
            // the pages: the gateway serves the web app at /, which calls the API through the gateway
            "gateway -> web:8085/TCP",
            "web -> gateway:8080/TCP",
            // feeds and the catalogue check
            "matching-service -> volunteer-service:8081/TCP",
            "matching-service -> request-service:8082/TCP",
            "request-service -> matching-service:8083/TCP",
            "request-service -> volunteer-service:8081/TCP",
            // who may see a volunteer's contact details: the matches of each organisation
            "volunteer-service -> matching-service:8083/TCP",
            // notifications: the three feeds, one contact and one decline reason at send time
            "notification-service -> volunteer-service:8081/TCP",
            "notification-service -> request-service:8082/TCP",
            "notification-service -> matching-service:8083/TCP",
            // mail to the coalition's SMTP server (submission port, public addresses only)
            "notification-service -> internet:587/TCP",
            "keycloak -> internet:587/TCP",
            // webhooks to partner apps (public HTTPS addresses only)
            "request-service -> internet:443/TCP",
            // token checks, client credentials
            "gateway -> keycloak:8080/TCP",
            "volunteer-service -> keycloak:8080/TCP",
            "request-service -> keycloak:8080/TCP",
            "matching-service -> keycloak:8080/TCP",
            "notification-service -> keycloak:8080/TCP",
            // the web app's code exchange, keys, refresh and sign-out (the browser goes to the public host)
            "web -> keycloak:8080/TCP",
            "keycloak -> keycloak:7800/TCP",
            // one database each
            "volunteer-service -> postgres:5432/TCP",
            "request-service -> postgres:5432/TCP",
            "matching-service -> postgres:5432/TCP",
            "notification-service -> postgres:5432/TCP",
            "keycloak -> postgres:5432/TCP",
            "realm-import -> postgres:5432/TCP",
            // CloudNativePG: operator, replication, instance manager to the API, backups to object storage
            "cnpg-operator -> postgres:5432/TCP",
            "cnpg-operator -> postgres:8000/TCP",
            "postgres -> postgres:5432/TCP",
            "postgres -> postgres:8000/TCP",
            "postgres -> kubernetes-api:443/TCP",
            "postgres -> kubernetes-api:6443/TCP",
            "postgres -> internet:443/TCP",
            // the Keycloak operator, in the namespace, watches its resources through the Kubernetes API
            "keycloak-operator -> kubernetes-api:443/TCP",
            "keycloak-operator -> kubernetes-api:6443/TCP",
            "keycloak-operator -> internet:443/TCP");

    @Test
    void networkPoliciesAllowExactlyTheFlowsOfTheDesign() {
        List<NetworkPolicy> policies = Manifests.base().all(NetworkPolicy.class);
        Set<String> expected = new TreeSet<>(EXPECTED);
        ENDPOINTS.stream().filter(e -> NAMESPACE.equals(e.namespace())).forEach(pod -> {
            expected.add(pod.name() + " -> " + DNS);
            expected.add(pod.name() + " -> " + DNS_TCP);
        });

        Set<String> allowed = new Flows(NAMESPACE, policies).allowed(ENDPOINTS);

        assertThat(allowed).as("allowed but not in the flow table").isSubsetOf(expected);
        assertThat(expected).as("in the flow table but not allowed").isSubsetOf(allowed);
        System.out.printf("NetworkPolicyTest: %d policies, %d endpoints, %d flows allowed = expected%n",
                policies.size(), ENDPOINTS.size(), allowed.size());
    }

    @Test
    void everyPodOfTheNamespaceIsIsolatedBothWays() {
        NetworkPolicy defaultDeny = Manifests.base().one(NetworkPolicy.class, "default-deny");
        assertThat(defaultDeny.getSpec().getPodSelector().getMatchLabels()).isNullOrEmpty();
        assertThat(defaultDeny.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
        assertThat(defaultDeny.getSpec().getIngress()).isEmpty();
        assertThat(defaultDeny.getSpec().getEgress()).isEmpty();
    }

    @Test
    void overlaysKeepTheBasePolicies() {
        for (Kustomize.Rendered overlay : Stream.of(Manifests.demo(), Manifests.production()).toList()) {
            assertThat(overlay.strategicPatches()).noneMatch(NetworkPolicy.class::isInstance);
            assertThat(overlay.all(NetworkPolicy.class)).hasSameSizeAs(Manifests.base().all(NetworkPolicy.class));
        }
    }

    @Test
    void theFlowModelSeesThroughNamespacesAndAddressBlocks() {
        assertThat(Flows.inCidr("10.0.0.0/8", "10.1.2.3")).isTrue();
        assertThat(Flows.inCidr("10.0.0.0/8", "203.0.113.10")).isFalse();
        assertThat(Flows.inCidr("0.0.0.0/0", "203.0.113.10")).isTrue();
        Set<String> allowed = new Flows(NAMESPACE, Manifests.base().all(NetworkPolicy.class)).allowed(ENDPOINTS);
        assertThat(allowed).noneMatch(flow -> flow.startsWith("impostor-elsewhere") || flow.startsWith("stranger ->")
                && !flow.contains("kube-dns"));
    }
}
