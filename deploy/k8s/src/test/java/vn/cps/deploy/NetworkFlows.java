package vn.cps.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether a connection is allowed by a set of NetworkPolicies, as the Kubernetes API defines
 * them: a pod selected by no policy of a direction is open in that direction; otherwise some rule
 * of some policy selecting it must admit the peer and the port, on both ends.
 */
final class NetworkFlows {

    /** A pod (namespace and labels) or an address outside the cluster (namespace null). */
    record Endpoint(String namespace, JsonNode labels, String ip) {
        static Endpoint pod(String namespace, JsonNode labels, String ip) {
            return new Endpoint(namespace, labels, ip);
        }

        static Endpoint external(String ip) {
            return new Endpoint(null, KustomizeBuild.YAML.createObjectNode(), ip);
        }
    }

    private final List<ObjectNode> policies;

    NetworkFlows(List<ObjectNode> policies) {
        this.policies = policies;
    }

    boolean allowed(Endpoint from, Endpoint to, String protocol, int port) {
        return side(from, "Egress", "egress", "to", to, protocol, port)
                && side(to, "Ingress", "ingress", "from", from, protocol, port);
    }

    private boolean side(Endpoint self, String type, String rulesField, String peersField, Endpoint peer,
            String protocol, int port) {
        if (self.namespace() == null) {
            return true;
        }
        List<ObjectNode> selecting = new ArrayList<>();
        for (ObjectNode policy : policies) {
            if (policy.at("/metadata/namespace").asText().equals(self.namespace())
                    && Selectors.matches(policy.at("/spec/podSelector"), self.labels())
                    && types(policy).contains(type)) {
                selecting.add(policy);
            }
        }
        if (selecting.isEmpty()) {
            return true;
        }
        for (ObjectNode policy : selecting) {
            for (JsonNode rule : policy.at("/spec/" + rulesField)) {
                if (portMatches(rule.path("ports"), protocol, port)
                        && peerMatches(rule.path(peersField), peer, policy.at("/metadata/namespace").asText())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> types(JsonNode policy) {
        List<String> types = new ArrayList<>();
        policy.at("/spec/policyTypes").forEach(t -> types.add(t.asText()));
        if (types.isEmpty()) {
            types.add("Ingress");
            if (policy.at("/spec/egress").isArray()) {
                types.add("Egress");
            }
        }
        return types;
    }

    private static boolean portMatches(JsonNode ports, String protocol, int port) {
        if (ports.isMissingNode() || ports.isEmpty()) {
            return true;
        }
        for (JsonNode candidate : ports) {
            if (candidate.path("protocol").asText("TCP").equals(protocol)
                    && (!candidate.has("port") || candidate.get("port").asInt() == port)) {
                return true;
            }
        }
        return false;
    }

    private static boolean peerMatches(JsonNode peers, Endpoint peer, String policyNamespace) {
        if (peers.isMissingNode() || peers.isEmpty()) {
            return true;
        }
        for (JsonNode candidate : peers) {
            if (candidate.has("ipBlock")) {
                if (inBlock(peer.ip(), candidate.get("ipBlock"))) {
                    return true;
                }
                continue;
            }
            if (peer.namespace() == null) {
                continue;
            }
            boolean namespaceOk = candidate.has("namespaceSelector")
                    ? Selectors.matches(candidate.get("namespaceSelector"), namespaceLabels(peer.namespace()))
                    : peer.namespace().equals(policyNamespace);
            boolean podOk = !candidate.has("podSelector") || Selectors.matches(candidate.get("podSelector"), peer.labels());
            if (namespaceOk && podOk) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode namespaceLabels(String namespace) {
        return KustomizeBuild.YAML.createObjectNode().put("kubernetes.io/metadata.name", namespace);
    }

    private static boolean inBlock(String ip, JsonNode block) {
        if (!inCidr(ip, block.path("cidr").asText())) {
            return false;
        }
        for (JsonNode except : block.path("except")) {
            if (inCidr(ip, except.asText())) {
                return false;
            }
        }
        return true;
    }

    static boolean inCidr(String ip, String cidr) {
        String[] parts = cidr.split("/");
        int bits = Integer.parseInt(parts[1]);
        try {
            BigInteger address = new BigInteger(1, InetAddress.getByName(ip).getAddress());
            BigInteger network = new BigInteger(1, InetAddress.getByName(parts[0]).getAddress());
            int shift = 32 - bits;
            return address.shiftRight(shift).equals(network.shiftRight(shift));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(ip, e);
        }
    }
}
