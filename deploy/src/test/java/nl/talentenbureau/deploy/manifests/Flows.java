package nl.talentenbureau.deploy.manifests;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.networking.v1.IPBlock;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;

/**
 * Evaluates NetworkPolicies the way Kubernetes does, for a fixed set of endpoints: a connection happens when the
 * source's egress allows it and the destination's ingress allows it; a pod that no policy of a type selects is
 * not isolated for that type. Endpoints outside the stack's namespace are governed by no policy here.
 */
final class Flows {

    /** A pod (ip null) in a namespace with labels, or an address outside the cluster; the ports it listens on. */
    record Endpoint(String name, String namespace, Map<String, String> labels, String ip, List<String> ports) {

        static Endpoint pod(String name, String namespace, Map<String, String> labels, String... ports) {
            return new Endpoint(name, namespace, labels, null, List.of(ports));
        }

        static Endpoint address(String name, String ip, String... ports) {
            return new Endpoint(name, null, Map.of(), ip, List.of(ports));
        }

        Map<String, String> namespaceLabels() {
            return namespace == null ? Map.of() : Map.of("kubernetes.io/metadata.name", namespace);
        }
    }

    private final String namespace;
    private final List<NetworkPolicy> policies;

    Flows(String namespace, List<NetworkPolicy> policies) {
        this.namespace = namespace;
        this.policies = policies;
    }

    /** Every allowed "source -> destination:port/PROTOCOL" where one side is in the stack's namespace. */
    Set<String> allowed(List<Endpoint> endpoints) {
        Set<String> flows = new TreeSet<>();
        for (Endpoint source : endpoints) {
            for (Endpoint destination : endpoints) {
                if (!inNamespace(source) && !inNamespace(destination)) {
                    continue;
                }
                for (String port : destination.ports()) {
                    if (egressAllows(source, destination, port) && ingressAllows(destination, source, port)) {
                        flows.add(source.name() + " -> " + destination.name() + ":" + port);
                    }
                }
            }
        }
        return flows;
    }

    private boolean egressAllows(Endpoint source, Endpoint destination, String port) {
        if (!inNamespace(source)) {
            return true;
        }
        List<NetworkPolicy> selecting = selecting(source, "Egress");
        return selecting.isEmpty() || selecting.stream().flatMap(p -> p.getSpec().getEgress().stream())
                .anyMatch(rule -> peers(rule.getTo(), destination) && ports(rule.getPorts(), port));
    }

    private boolean ingressAllows(Endpoint destination, Endpoint source, String port) {
        if (!inNamespace(destination)) {
            return true;
        }
        List<NetworkPolicy> selecting = selecting(destination, "Ingress");
        return selecting.isEmpty() || selecting.stream().flatMap(p -> p.getSpec().getIngress().stream())
                .anyMatch(rule -> peers(rule.getFrom(), source) && ports(rule.getPorts(), port));
    }

    private List<NetworkPolicy> selecting(Endpoint pod, String type) {
        return policies.stream().filter(p -> p.getSpec().getPolicyTypes().contains(type))
                .filter(p -> matches(p.getSpec().getPodSelector(), pod.labels())).toList();
    }

    private boolean inNamespace(Endpoint endpoint) {
        return namespace.equals(endpoint.namespace());
    }

    /** No peers: every source or destination. */
    private boolean peers(List<NetworkPolicyPeer> peers, Endpoint other) {
        return peers == null || peers.isEmpty() || peers.stream().anyMatch(peer -> peer(peer, other));
    }

    private boolean peer(NetworkPolicyPeer peer, Endpoint other) {
        if (peer.getIpBlock() != null) {
            return other.ip() != null && inBlock(peer.getIpBlock(), other.ip());
        }
        if (other.ip() != null) {
            return false;
        }
        boolean namespaceMatches = peer.getNamespaceSelector() == null
                ? inNamespace(other)
                : matches(peer.getNamespaceSelector(), other.namespaceLabels());
        boolean podMatches = peer.getPodSelector() == null || matches(peer.getPodSelector(), other.labels());
        return namespaceMatches && podMatches;
    }

    /** No ports: every port. A port is "8080/TCP"; only numbered ports are used in deploy/k8s. */
    private static boolean ports(List<NetworkPolicyPort> ports, String port) {
        if (ports == null || ports.isEmpty()) {
            return true;
        }
        return ports.stream().anyMatch(p -> {
            IntOrString number = p.getPort();
            if (number == null || number.getIntVal() == null) {
                throw new AssertionError("use numbered ports in NetworkPolicies: " + p);
            }
            String protocol = p.getProtocol() == null ? "TCP" : p.getProtocol();
            return (number.getIntVal() + "/" + protocol).equals(port);
        });
    }

    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return true;
        }
        if (selector.getMatchLabels() != null) {
            for (Map.Entry<String, String> label : selector.getMatchLabels().entrySet()) {
                if (!label.getValue().equals(labels.get(label.getKey()))) {
                    return false;
                }
            }
        }
        if (selector.getMatchExpressions() != null) {
            for (LabelSelectorRequirement requirement : selector.getMatchExpressions()) {
                String value = labels.get(requirement.getKey());
                boolean ok = switch (requirement.getOperator()) {
                    case "In" -> value != null && requirement.getValues().contains(value);
                    case "NotIn" -> value == null || !requirement.getValues().contains(value);
                    case "Exists" -> value != null;
                    case "DoesNotExist" -> value == null;
                    default -> throw new AssertionError("operator " + requirement.getOperator());
                };
                if (!ok) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean inBlock(IPBlock block, String ip) {
        if (!inCidr(block.getCidr(), ip)) {
            return false;
        }
        return block.getExcept() == null || block.getExcept().stream().noneMatch(except -> inCidr(except, ip));
    }

    static boolean inCidr(String cidr, String ip) {
        String[] parts = cidr.split("/");
        int bits = Integer.parseInt(parts[1]);
        long mask = bits == 0 ? 0 : (0xFFFFFFFFL << (32 - bits)) & 0xFFFFFFFFL;
        return (ipv4(parts[0]) & mask) == (ipv4(ip) & mask);
    }

    private static long ipv4(String address) {
        long value = 0;
        for (String octet : address.split("\\.")) {
            value = (value << 8) | Integer.parseInt(octet);
        }
        return value;
    }
}
