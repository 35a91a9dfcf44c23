package dev.moomoo.deploy;

import dev.moomoo.server.ServerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The manifests under {@code src/deploy} (README, "A fleet on Agones"), read with a YAML parser and held
 * to the fields Agones and Kubernetes document and to the server's settings ({@link ManifestRules}).
 * Each rule is shown to bite: a copy broken in one place is refused, with a line that says where.
 */
class ManifestsTest {
    private static final Path DEPLOY = Path.of("src/deploy");
    private static final String FLEET_PORT = "spec.template.spec.ports.0";
    private static final String GAME_CONTAINER = "spec.template.spec.template.spec.containers.0";
    private static final String LOBBY_CONTAINER = "spec.template.spec.containers.0";
    /** A label key has dots of its own, so it is put into its map rather than reached by a dotted path. */
    private static final String NAME_LABEL = "app.kubernetes.io/name";

    @Test
    void theManifestsOfTheRepositoryPassEveryCheck() {
        assertEquals(List.of(), ManifestRules.problems(load()));
    }

    @Test
    void everyKindOfTheDeploymentIsThereOnce() {
        List<String> kinds = load().stream().map(Manifest::kind).sorted().toList();
        assertEquals(ManifestRules.API_VERSIONS.keySet().stream().sorted().toList(), kinds);
    }

    @Test
    void theGameServersListenWhereAgonesForwardsTheirPort() {
        Manifest fleet = one(load(), "Fleet");
        // The port comes from the setting's declaration, not from a number typed here again.
        assertEquals(ServerConfig.defaults(Map.of()).port(), fleet.at(FLEET_PORT + ".containerPort"));
        assertEquals("TCP", fleet.at(FLEET_PORT + ".protocol"));
    }

    /** A manifest broken in one way, and a fragment of the problem it must cause. */
    record Breakage(String name, Consumer<List<Manifest>> edit, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Breakage> breakages() {
        return Stream.of(
                fleet("the port's protocol UDP", f -> f.put(FLEET_PORT + ".protocol", "UDP"), "protocol UDP"),
                fleet("no protocol, which Agones reads as UDP", f -> f.remove(FLEET_PORT + ".protocol"), "defaults to UDP"),
                fleet("a containerPort the server does not listen on", f -> f.put(FLEET_PORT + ".containerPort", 3001), "containerPort 3001"),
                fleet("MOOMOO_PORT moving the server off the containerPort", f -> env(f, GAME_CONTAINER, "MOOMOO_PORT", "4000"), "listens on 4000"),
                fleet("portPolicy Passthrough", f -> f.put(FLEET_PORT + ".portPolicy", "Passthrough"), "Passthrough"),
                fleet("portPolicy Static without a hostPort", f -> f.put(FLEET_PORT + ".portPolicy", "Static"), "needs a hostPort"),
                fleet("no ports at all", f -> f.remove("spec.template.spec.ports"), "no port"),
                fleet("the Fleet in the pre-1.0 API group", f -> f.put("apiVersion", "stable.agones.dev/v1alpha1"), "apiVersion stable.agones.dev/v1alpha1"),
                fleet("a name that is no DNS name", f -> f.put("metadata.name", "MooMoo Fleet"), "metadata.name"),
                fleet("no pod template", f -> f.remove("spec.template.spec.template"), "no container"),
                fleet("health checking disabled", f -> f.put("spec.template.spec.health.disabled", true), "health checking disabled"),
                fleet("a health period no longer than the Health beat", f -> f.put("spec.template.spec.health.periodSeconds", 2), "periodSeconds 2"),
                fleet("no failureThreshold", f -> f.remove("spec.template.spec.health.failureThreshold"), "failureThreshold"),
                fleet("the SDK client off", f -> env(f, GAME_CONTAINER, "MOOMOO_AGONES", "false"), "MOOMOO_AGONES"),
                fleet("a world in another region", f -> env(f, GAME_CONTAINER, "MOOMOO_WORLDS", "main:eu-west:normal:40,sandbox:us:sandbox:40"), "in region us"),
                fleet("a region the v1.8 page has no label for", f -> {
                    env(f, GAME_CONTAINER, "MOOMOO_REGION", "eu");
                    env(f, GAME_CONTAINER, "MOOMOO_WORLDS", "main:eu:normal:40");
                }, "region eu is not one the v1.8 page"),
                fleet("worlds the server refuses", f -> env(f, GAME_CONTAINER, "MOOMOO_WORLDS", "main:eu:hardcore:40"), "settings refused"),
                fleet("a grace period shorter than the graceful stop", f -> f.put("spec.template.spec.template.spec.terminationGracePeriodSeconds", 3),
                        "terminationGracePeriodSeconds 3"),
                fleet("a grace period that covers the close but not the drain before it", f -> env(f, GAME_CONTAINER, "MOOMOO_DRAIN_SECONDS", "30"),
                        "terminationGracePeriodSeconds 30"),
                fleet("no memory limit", f -> f.remove(GAME_CONTAINER + ".resources.limits"), "limits.memory"),
                kind("FleetAutoscaler", "a policy other than Buffer", a -> a.put("spec.policy.type", "Webhook"), "not Buffer"),
                kind("FleetAutoscaler", "no maxReplicas", a -> a.remove("spec.policy.buffer.maxReplicas"), "maxReplicas missing"),
                kind("FleetAutoscaler", "maxReplicas below the buffer", a -> a.put("spec.policy.buffer.maxReplicas", 1), "maxReplicas 1"),
                kind("FleetAutoscaler", "a percentage past 99%", a -> a.put("spec.policy.buffer.bufferSize", "100%"), "bufferSize 100%"),
                kind("FleetAutoscaler", "another fleet", a -> a.put("spec.fleetName", "other"), "fleetName other"),
                kind("FleetAutoscaler", "no name", a -> a.remove("metadata.name"), "metadata.name"),
                kind("Role", "no watch", r -> r.put("rules.0.verbs", new ArrayList<>(List.of("get", "list"))), "get, list and watch"),
                kind("Role", "a verb that writes", r -> r.put("rules.0.verbs", new ArrayList<>(List.of("get", "list", "watch", "delete"))), "verb delete"),
                kind("Role", "pods instead of gameservers", r -> r.put("rules.0.resources", new ArrayList<>(List.of("pods"))), "gameservers"),
                kind("Role", "the core API group instead of agones.dev", r -> r.put("rules.0.apiGroups", new ArrayList<>(List.of(""))), "agones.dev"),
                kind("RoleBinding", "a Role that does not exist", b -> b.put("roleRef.name", "nobody"), "names no Role"),
                kind("RoleBinding", "another ServiceAccount", b -> b.put("subjects.0.name", "somebody"), "somebody"),
                kind("Secret", "another name than the one read", s -> s.put("metadata.name", "moomoo-other"), "there is no Secret moomoo-join-tickets"),
                kind("Secret", "the key under another name", s -> {
                    s.put("stringData.shared", s.at("stringData.secret"));
                    s.remove("stringData.secret");
                }, "no such key"),
                kind("Secret", "a placeholder too short to be a key", s -> s.put("stringData.secret", "change-me-short"), "at least 32 bytes"),
                kind("Secret", "a value that is no placeholder", s -> s.put("stringData.secret", "hunter2"), "placeholder"),
                kind("Service", "a selector that matches no pods", s -> Manifest.map(s.body(), "spec.selector").put(NAME_LABEL, "other"), "selects no Deployment"),
                kind("Service", "a targetPort no container has", s -> s.put("spec.ports.0.targetPort", "web"), "targetPort web"),
                kind("Service", "UDP", s -> s.put("spec.ports.0.protocol", "UDP"), "protocol UDP"),
                kind("Deployment", "no lobby subcommand", d -> d.remove(LOBBY_CONTAINER + ".args"), "lobby subcommand"),
                kind("Deployment", "another image than the game servers'", d -> d.put(LOBBY_CONTAINER + ".image", "elsewhere:1"), "same image"),
                kind("Deployment", "a ServiceAccount the manifests do not make", d -> d.put("spec.template.spec.serviceAccountName", "default"),
                        "serviceAccountName default"),
                kind("Deployment", "a selector that misses its own pods", d -> Manifest.map(d.body(), "spec.selector.matchLabels").put(NAME_LABEL, "other"),
                        "does not select its own template"),
                kind("Deployment", "the lobby listing another fleet", d -> env(d, LOBBY_CONTAINER, "MOOMOO_LOBBY_FLEET", "other"), "lobby-fleet other"),
                kind("Deployment", "the lobby reading a port the Fleet does not name", d -> env(d, LOBBY_CONTAINER, "MOOMOO_LOBBY_PORT_NAME", "web"),
                        "lobby-port-name web"),
                kind("Deployment", "no fleet for the lobby to list", d -> Manifest.list(d.at(LOBBY_CONTAINER), "env")
                        .removeIf(e -> "MOOMOO_LOBBY_FLEET".equals(Manifest.text(e, "name"))), "lobby's settings refused"),
                kind("Deployment", "a containerPort the lobby does not listen on", d -> d.put(LOBBY_CONTAINER + ".ports.0.containerPort", 8080),
                        "containerPort 8080"),
                new Breakage("no Secret at all", all -> all.remove(one(all, "Secret")), "no Secret among the manifests"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakages")
    void aCopyBrokenInOnePlaceIsRefused(Breakage breakage) {
        List<Manifest> manifests = load();
        breakage.edit().accept(manifests);
        List<String> problems = ManifestRules.problems(manifests);
        assertTrue(problems.stream().anyMatch(p -> p.contains(breakage.expected())),
                () -> breakage.name() + ": expected a problem with '" + breakage.expected() + "', got " + problems);
    }

    private static Breakage fleet(String name, Consumer<Manifest> edit, String expected) {
        return kind("Fleet", name, edit, expected);
    }

    private static Breakage kind(String kind, String name, Consumer<Manifest> edit, String expected) {
        return new Breakage(kind + ": " + name, all -> edit.accept(one(all, kind)), expected);
    }

    /** Sets an environment variable of the container at {@code container}, replacing one of the same name. */
    private static void env(Manifest m, String container, String name, String value) {
        List<Object> env = Manifest.list(m.at(container), "env");
        env.removeIf(e -> name.equals(Manifest.text(e, "name")));
        env.add(Map.of("name", name, "value", value));
    }

    private static Manifest one(List<Manifest> manifests, String kind) {
        return manifests.stream().filter(m -> kind.equals(m.kind())).findFirst().orElseThrow();
    }

    /** A fresh copy of every manifest, for a test to break. */
    private static List<Manifest> load() {
        try {
            return new ArrayList<>(Manifest.loadAll(DEPLOY));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
