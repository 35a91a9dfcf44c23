package dev.moomoo.deploy;

import dev.moomoo.config.ConfigException;
import dev.moomoo.config.SettingDef;
import dev.moomoo.config.Settings;
import dev.moomoo.fleet.lobby.LobbyConfig;
import dev.moomoo.server.ServerConfig;
import dev.moomoo.server.WorldSpec;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static dev.moomoo.deploy.Manifest.list;
import static dev.moomoo.deploy.Manifest.map;
import static dev.moomoo.deploy.Manifest.number;
import static dev.moomoo.deploy.Manifest.text;

/**
 * The checks of the manifests under {@code src/deploy} against the fields Agones and Kubernetes document
 * (the pages are cited at the top of each manifest) and against the server's own settings. Each check
 * adds a line to the problems; none throws, so a test sees every problem of a broken copy at once.
 */
final class ManifestRules {
    /** The apiVersion each kind is served under, as the pages cited in the manifests give it. */
    static final Map<String, String> API_VERSIONS = Map.of(
            "Fleet", "agones.dev/v1",
            "FleetAutoscaler", "autoscaling.agones.dev/v1",
            "Deployment", "apps/v1",
            "Service", "v1",
            "ServiceAccount", "v1",
            "Secret", "v1",
            "Role", "rbac.authorization.k8s.io/v1",
            "RoleBinding", "rbac.authorization.k8s.io/v1");

    /** How often the server sends the SDK's Health (fleet.AgonesLifecycle): its declared default, or the container's MOOMOO_AGONES_HEALTH_MS. */
    private static final String HEALTH_SETTING = "agones-health-ms";
    private static final Set<String> READ_VERBS = Set.of("get", "list", "watch");
    /** Kubernetes' default when a pod does not say (Pod lifecycle, "Termination of Pods"). */
    private static final int DEFAULT_GRACE_SECONDS = 30;
    private static final String NAME = "[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*";

    private final List<Manifest> manifests;
    private final List<String> problems = new ArrayList<>();

    private ManifestRules(List<Manifest> manifests) {
        this.manifests = manifests;
    }

    /** Every problem found in {@code manifests}; empty when they pass. */
    static List<String> problems(List<Manifest> manifests) {
        ManifestRules rules = new ManifestRules(manifests);
        rules.check();
        return List.copyOf(rules.problems);
    }

    private void check() {
        manifests.forEach(this::kindAndName);
        API_VERSIONS.keySet().stream().sorted().filter(kind -> ofKind(kind).isEmpty()).forEach(kind -> problem("no " + kind + " among the manifests"));
        ofKind("Fleet").forEach(this::fleet);
        ofKind("FleetAutoscaler").forEach(this::autoscaler);
        ofKind("Deployment").forEach(this::deployment);
        ofKind("Service").forEach(this::service);
        ofKind("Role").forEach(this::role);
        ofKind("RoleBinding").forEach(this::roleBinding);
        ofKind("Secret").forEach(this::secret);
    }

    private void kindAndName(Manifest m) {
        String documented = API_VERSIONS.get(m.kind());
        if (documented == null) {
            problem(m.label() + ": kind " + m.kind() + " is none this deployment uses");
        } else if (!documented.equals(text(m.body(), "apiVersion"))) {
            problem(m.label() + ": apiVersion " + text(m.body(), "apiVersion") + ", documented: " + documented);
        }
        // metadata.name: a DNS subdomain (Kubernetes, "Object Names and IDs").
        if (m.name() == null || m.name().length() > 253 || !m.name().matches(NAME)) {
            problem(m.label() + ": metadata.name missing or not a DNS subdomain name");
        }
    }

    private void fleet(Manifest fleet) {
        Integer replicas = number(fleet.body(), "spec.replicas");
        if (fleet.at("spec.replicas") != null && (replicas == null || replicas < 0)) {
            problem(fleet.label() + ": spec.replicas " + fleet.at("spec.replicas") + " is not a count");
        }
        Map<String, Object> gameServer = map(fleet.body(), "spec.template.spec");
        Map<String, Object> container = gameServerContainer(fleet, gameServer);
        if (container == null) {
            return;
        }
        ServerConfig config = settingsOf(fleet, container);
        if (config != null) {
            ports(fleet, gameServer, config.port());
            worldsInRegion(fleet, config);
            // SIGTERM drains for drain-seconds, then the graceful stop waits shutdown-grace-ms for connections to close, then
            // close-timeout-ms for the cut ones (GameServer.drainThenShutdown, Server.shutdown).
            gracefulStop(fleet, map(gameServer, "template.spec"),
                    Duration.ofSeconds(config.drainSeconds()).plus(config.shutdownGrace()).plus(config.closeTimeout()));
        }
        health(fleet, map(gameServer, "health"), healthSeconds(container));
        if (!"true".equals(literalEnv(container).get("MOOMOO_AGONES"))) {
            problem(fleet.label() + ": MOOMOO_AGONES is not \"true\": the server would not talk to the SDK sidecar (no Ready, no Health)");
        }
        Map<String, Object> resources = map(container, "resources");
        for (String needed : List.of("requests.cpu", "requests.memory", "limits.memory")) {
            if (text(resources, needed) == null) {
                problem(fleet.label() + ": resources." + needed + " missing");
            }
        }
        secretReferences(fleet, container);
    }

    /** The container Agones treats as the game server: {@code spec.container}, or the only one. */
    private Map<String, Object> gameServerContainer(Manifest fleet, Map<String, Object> gameServer) {
        List<Object> containers = list(gameServer, "template.spec.containers");
        if (containers.isEmpty()) {
            problem(fleet.label() + ": spec.template.spec.template.spec.containers: no container (the GameServer's pod template)");
            return null;
        }
        String named = text(gameServer, "container");
        if (named == null && containers.size() > 1) {
            problem(fleet.label() + ": spec.template.spec.container must name the game server among " + containers.size() + " containers");
            return null;
        }
        Object found = named == null ? containers.getFirst()
                : containers.stream().filter(c -> named.equals(text(c, "name"))).findFirst().orElse(null);
        if (found == null) {
            problem(fleet.label() + ": spec.template.spec.container " + named + " names no container");
            return null;
        }
        if (text(found, "image") == null) {
            problem(fleet.label() + ": the game server container has no image");
        }
        return map(found, "");
    }

    private void ports(Manifest fleet, Map<String, Object> gameServer, int serverPort) {
        List<Object> ports = list(gameServer, "ports");
        if (ports.isEmpty()) {
            problem(fleet.label() + ": spec.template.spec.ports: no port, so no client can reach the game server");
        }
        for (Object port : ports) {
            String name = text(port, "name");
            String protocol = text(port, "protocol");
            if (!"TCP".equals(protocol)) {
                problem(fleet.label() + ": port " + name + ": protocol " + (protocol == null ? "(none: Agones defaults to UDP)" : protocol)
                        + ", not TCP: the game is WebSocket over TCP");
            }
            Integer containerPort = number(port, "containerPort");
            if (containerPort == null) {
                problem(fleet.label() + ": port " + name + ": containerPort missing");
            } else if (containerPort != serverPort) {
                problem(fleet.label() + ": port " + name + ": containerPort " + containerPort + ", but the server listens on " + serverPort + " (its port setting)");
            }
            String policy = Objects.requireNonNullElse(text(port, "portPolicy"), "Dynamic");
            switch (policy) {
                case "Dynamic" -> { }
                case "Static" -> {
                    if (number(port, "hostPort") == null) {
                        problem(fleet.label() + ": port " + name + ": portPolicy Static needs a hostPort");
                    }
                }
                case "Passthrough" -> problem(fleet.label() + ": port " + name
                        + ": portPolicy Passthrough sets the container port at run time, and the server listens on its port setting");
                default -> problem(fleet.label() + ": port " + name + ": portPolicy " + policy + " is not Dynamic or Static");
            }
        }
    }

    private void health(Manifest fleet, Map<String, Object> health, int beatSeconds) {
        if (Boolean.TRUE.equals(health.get("disabled"))) {
            problem(fleet.label() + ": health checking disabled: a game server whose tick stalls would never be replaced");
        }
        Integer period = number(health, "periodSeconds");
        Integer threshold = number(health, "failureThreshold");
        Integer delay = number(health, "initialDelaySeconds");
        // "The Health() function ... needs to be called at an interval less than the periodSeconds".
        if (period == null || period <= beatSeconds) {
            problem(fleet.label() + ": health.periodSeconds " + period + " is not above the server's Health beat of " + beatSeconds + " s");
        }
        if (threshold == null || threshold < 1) {
            problem(fleet.label() + ": health.failureThreshold " + threshold + " is not at least 1");
        }
        if (delay == null || delay < 0) {
            problem(fleet.label() + ": health.initialDelaySeconds " + delay + " is not a number of seconds");
        }
    }

    /**
     * The region ids the v1.8 page has a label for (it reads its label table by the id and throws on any
     * other), so a fleet both pages can list uses one of them.
     */
    static final Set<String> V18_REGIONS = Set.of("us-east", "miami", "us-west", "siliconvalley", "gb", "london", "eu-west", "frankfurt",
            "au", "sydney", "saopaulo", "sg", "singapore");

    private void worldsInRegion(Manifest fleet, ServerConfig config) {
        String region = config.hosting().region();
        if (!V18_REGIONS.contains(region)) {
            problem(fleet.label() + ": region " + region + " is not one the v1.8 page has a label for " + V18_REGIONS.stream().sorted().toList());
        }
        for (WorldSpec world : config.worlds()) {
            if (!world.region().equals(region)) {
                problem(fleet.label() + ": world " + world.name() + " is in region " + world.region() + ", the process in " + region
                        + ": a GameServer is listed under one region");
            }
        }
    }

    private void gracefulStop(Manifest fleet, Map<String, Object> pod, Duration longestStop) {
        int grace = pod.containsKey("terminationGracePeriodSeconds") ? Objects.requireNonNullElse(number(pod, "terminationGracePeriodSeconds"), -1)
                : DEFAULT_GRACE_SECONDS;
        if (grace <= longestStop.toSeconds()) {
            problem(fleet.label() + ": terminationGracePeriodSeconds " + grace + " is not above the server's longest graceful stop of "
                    + longestStop.toSeconds() + " s (drain-seconds, then shutdown-grace-ms, then close-timeout-ms): Kubernetes would kill it mid-stop");
        }
    }

    private void autoscaler(Manifest autoscaler) {
        String fleet = text(autoscaler.body(), "spec.fleetName");
        if (ofKind("Fleet").stream().noneMatch(f -> f.name().equals(fleet))) {
            problem(autoscaler.label() + ": spec.fleetName " + fleet + " names no Fleet");
        }
        Map<String, Object> policy = map(autoscaler.body(), "spec.policy");
        if (!"Buffer".equals(text(policy, "type"))) {
            problem(autoscaler.label() + ": spec.policy.type " + text(policy, "type") + ", not Buffer");
            return;
        }
        Map<String, Object> buffer = map(policy, "buffer");
        Integer max = number(buffer, "maxReplicas");
        int min = Objects.requireNonNullElse(number(buffer, "minReplicas"), 0);
        if (max == null) {
            problem(autoscaler.label() + ": spec.policy.buffer.maxReplicas missing (required)");
            return;
        }
        if (min > max) {
            problem(autoscaler.label() + ": minReplicas " + min + " above maxReplicas " + max);
        }
        // bufferSize: an absolute count, or a percentage from 1% to 99%.
        switch (buffer.get("bufferSize")) {
            case Integer size when size <= 0 -> problem(autoscaler.label() + ": bufferSize " + size + " is not positive");
            case Integer size when max < size -> problem(autoscaler.label() + ": maxReplicas " + max + " below bufferSize " + size);
            case Integer size when min != 0 && min < size -> problem(autoscaler.label() + ": minReplicas " + min + " below bufferSize " + size);
            case Integer size -> { }
            case String percent when percent.matches("[1-9][0-9]?%") -> { }
            case null, default -> problem(autoscaler.label() + ": bufferSize " + buffer.get("bufferSize") + " is neither a count nor 1% to 99%");
        }
    }

    private void deployment(Manifest deployment) {
        Map<String, Object> selector = map(deployment.body(), "spec.selector.matchLabels");
        Map<String, Object> labels = map(deployment.body(), "spec.template.metadata.labels");
        if (selector.isEmpty() || !labels.entrySet().containsAll(selector.entrySet())) {
            problem(deployment.label() + ": spec.selector.matchLabels " + selector + " does not select its own template's labels " + labels);
        }
        List<Object> containers = list(deployment.body(), "spec.template.spec.containers");
        if (containers.isEmpty()) {
            problem(deployment.label() + ": no container");
            return;
        }
        Map<String, Object> lobby = map(containers.getFirst(), "");
        if (!"lobby".equals(text(lobby, "args.0"))) {
            problem(deployment.label() + ": the container does not run the lobby subcommand (args: " + lobby.get("args") + ")");
        }
        for (Manifest fleet : ofKind("Fleet")) {
            Object gameImage = Manifest.at(fleet.body(), "spec.template.spec.template.spec.containers.0.image");
            if (!Objects.equals(gameImage, lobby.get("image"))) {
                problem(deployment.label() + ": image " + lobby.get("image") + ", the game servers run " + gameImage + ": the lobby is the same image");
            }
        }
        LobbyConfig config = lobbySettingsOf(deployment, lobby);
        if (config != null) {
            for (Manifest fleet : ofKind("Fleet")) {
                if (!fleet.name().equals(config.fleet())) {
                    problem(deployment.label() + ": lobby-fleet " + config.fleet() + ", but the Fleet is " + fleet.name());
                }
                List<Object> fleetPorts = list(fleet.body(), "spec.template.spec.ports");
                if (fleetPorts.stream().noneMatch(p -> config.portName().equals(text(p, "name")))) {
                    problem(deployment.label() + ": lobby-port-name " + config.portName() + " is no port of " + fleet.label());
                }
            }
        }
        for (Object port : list(lobby, "ports")) {
            if (text(port, "protocol") != null && !"TCP".equals(text(port, "protocol"))) {
                problem(deployment.label() + ": port " + text(port, "name") + ": protocol " + text(port, "protocol") + ", not TCP");
            }
            if (config != null && !Objects.equals(number(port, "containerPort"), config.port())) {
                problem(deployment.label() + ": containerPort " + Manifest.at(port, "containerPort") + ", but the server listens on " + config.port());
            }
        }
        String account = text(deployment.body(), "spec.template.spec.serviceAccountName");
        if (ofKind("ServiceAccount").stream().noneMatch(a -> a.name().equals(account))) {
            problem(deployment.label() + ": serviceAccountName " + account + " names no ServiceAccount of the manifests");
        } else if (ofKind("RoleBinding").stream().noneMatch(b -> bindsTo(b, account))) {
            problem(deployment.label() + ": no RoleBinding gives ServiceAccount " + account + " a Role");
        }
        secretReferences(deployment, lobby);
    }

    private static boolean bindsTo(Manifest binding, String account) {
        return list(binding.body(), "subjects").stream()
                .anyMatch(s -> "ServiceAccount".equals(text(s, "kind")) && Objects.equals(account, text(s, "name")));
    }

    private void service(Manifest service) {
        Map<String, Object> selector = map(service.body(), "spec.selector");
        Manifest target = ofKind("Deployment").stream()
                .filter(d -> !selector.isEmpty() && map(d.body(), "spec.template.metadata.labels").entrySet().containsAll(selector.entrySet()))
                .findFirst().orElse(null);
        if (target == null) {
            problem(service.label() + ": spec.selector " + selector + " selects no Deployment's pods");
            return;
        }
        List<Object> containerPorts = list(target.body(), "spec.template.spec.containers").stream()
                .flatMap(c -> list(c, "ports").stream()).toList();
        for (Object port : list(service.body(), "spec.ports")) {
            Object targetPort = Manifest.at(port, "targetPort");
            boolean found = containerPorts.stream().anyMatch(p -> targetPort instanceof String name ? name.equals(text(p, "name"))
                    : Objects.equals(targetPort, Manifest.at(p, "containerPort")));
            if (!found) {
                problem(service.label() + ": targetPort " + targetPort + " is no container port of " + target.label());
            }
            if (text(port, "protocol") != null && !"TCP".equals(text(port, "protocol"))) {
                problem(service.label() + ": protocol " + text(port, "protocol") + ", not TCP");
            }
        }
    }

    private void role(Manifest role) {
        boolean reads = list(role.body(), "rules").stream().anyMatch(rule -> list(rule, "apiGroups").contains("agones.dev")
                && list(rule, "resources").contains("gameservers") && list(rule, "verbs").containsAll(READ_VERBS));
        if (!reads) {
            problem(role.label() + ": no rule lets the lobby get, list and watch gameservers in the API group agones.dev");
        }
        list(role.body(), "rules").stream().flatMap(rule -> list(rule, "verbs").stream()).filter(verb -> !READ_VERBS.contains(verb))
                .forEach(verb -> problem(role.label() + ": verb " + verb + ": the lobby only reads GameServers"));
    }

    private void roleBinding(Manifest binding) {
        Map<String, Object> ref = map(binding.body(), "roleRef");
        if (!"rbac.authorization.k8s.io".equals(text(ref, "apiGroup")) || !"Role".equals(text(ref, "kind"))
                || ofKind("Role").stream().noneMatch(r -> r.name().equals(text(ref, "name")))) {
            problem(binding.label() + ": roleRef " + ref + " names no Role of the manifests");
        }
        List<Object> subjects = list(binding.body(), "subjects");
        if (subjects.isEmpty()) {
            problem(binding.label() + ": no subjects");
        }
        for (Object subject : subjects) {
            if ("ServiceAccount".equals(text(subject, "kind")) && ofKind("ServiceAccount").stream().noneMatch(a -> a.name().equals(text(subject, "name")))) {
                problem(binding.label() + ": subject ServiceAccount " + text(subject, "name") + " is not among the manifests");
            }
        }
    }

    private void secret(Manifest secret) {
        Map<String, Object> values = map(secret.body(), "stringData");
        if (values.isEmpty() && map(secret.body(), "data").isEmpty()) {
            problem(secret.label() + ": no stringData or data");
        }
        if (!map(secret.body(), "data").isEmpty()) {
            problem(secret.label() + ": data holds a value: the repository keeps only a placeholder in stringData");
        }
        values.forEach((key, value) -> {
            if (!String.valueOf(value).startsWith("change-me")) {
                problem(secret.label() + ": stringData." + key + " is not a change-me placeholder: no real secret goes into the repository");
            }
        });
    }

    /** Every secretKeyRef of the container names a Secret of the manifests and a key it has. */
    private void secretReferences(Manifest owner, Map<String, Object> container) {
        for (Object env : list(container, "env")) {
            Map<String, Object> ref = map(env, "valueFrom.secretKeyRef");
            if (ref.isEmpty()) {
                continue;
            }
            String name = text(ref, "name");
            String key = text(ref, "key");
            Manifest secret = ofKind("Secret").stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
            if (secret == null) {
                problem(owner.label() + ": env " + text(env, "name") + " reads Secret " + name + ", but there is no Secret " + name);
            } else if (!map(secret.body(), "stringData").containsKey(key) && !map(secret.body(), "data").containsKey(key)) {
                problem(owner.label() + ": env " + text(env, "name") + " reads key " + key + " of " + secret.label() + ", which has no such key");
            }
        }
    }

    /**
     * The server's settings as this container would resolve them: its environment ({@link #environmentOf})
     * through the server's own resolver.
     */
    private ServerConfig settingsOf(Manifest owner, Map<String, Object> container) {
        try {
            return ServerConfig.from(Settings.resolve(ServerConfig.SETTINGS, Map.of(), environmentOf(container)));
        } catch (ConfigException e) {
            problem(owner.label() + ": the server's settings refused the container's environment: " + e.getMessage());
            return null;
        }
    }

    /** The lobby's settings as its container would resolve them, through the lobby's resolver. */
    private LobbyConfig lobbySettingsOf(Manifest owner, Map<String, Object> container) {
        try {
            return LobbyConfig.from(Settings.resolve(LobbyConfig.SETTINGS, Map.of(), environmentOf(container)));
        } catch (ConfigException e) {
            problem(owner.label() + ": the lobby's settings refused the container's environment: " + e.getMessage());
            return null;
        }
    }

    /**
     * A container's environment as far as the manifests know it: its literal values, and for a value read
     * from a Secret of the manifests that Secret's (placeholder) value (one from the downward API, such as
     * the namespace, is not known here).
     */
    private Map<String, String> environmentOf(Map<String, Object> container) {
        Map<String, String> env = literalEnv(container);
        for (Object entry : list(container, "env")) {
            Map<String, Object> ref = map(entry, "valueFrom.secretKeyRef");
            ofKind("Secret").stream().filter(secret -> secret.name().equals(text(ref, "name"))).findFirst()
                    .map(secret -> text(secret.body(), "stringData." + text(ref, "key")))
                    .ifPresent(value -> env.put(text(entry, "name"), value));
        }
        return env;
    }

    private static int healthSeconds(Map<String, Object> container) {
        for (SettingDef<?> setting : ServerConfig.SETTINGS) {
            if (setting.name().equals(HEALTH_SETTING)) {
                String raw = literalEnv(container).getOrDefault(setting.environmentName(), setting.defaultValue());
                return switch (setting.parse(raw)) {
                    case Duration d -> (int) Math.ceil(d.toMillis() / 1000.0);
                    case Number n -> (int) Math.ceil(n.doubleValue() / 1000.0);
                    default -> throw new IllegalStateException(HEALTH_SETTING + " is neither a number nor a duration");
                };
            }
        }
        throw new IllegalStateException("no setting " + HEALTH_SETTING + " (fleet.AgonesConfig)");
    }

    private static Map<String, String> literalEnv(Map<String, Object> container) {
        Map<String, String> env = new LinkedHashMap<>();
        for (Object entry : list(container, "env")) {
            String value = text(entry, "value");
            if (value != null) {
                env.put(text(entry, "name"), value);
            }
        }
        return env;
    }

    private List<Manifest> ofKind(String kind) {
        return manifests.stream().filter(m -> kind.equals(m.kind()) && m.name() != null).toList();
    }

    private void problem(String line) {
        problems.add(line);
    }
}
