package dev.moomoo.deploy;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One Kubernetes object of a manifest file under {@code src/deploy}, as SnakeYAML reads it: nested maps
 * and lists, mutable, so that a test can break a copy. Paths are dotted, a number indexing a list
 * ({@code spec.template.spec.ports.0.protocol}).
 */
record Manifest(String file, Map<String, Object> body) {

    /** Every object of every {@code *.yaml} file in {@code dir}, in file order (the order kubectl applies them). */
    static List<Manifest> loadAll(Path dir) throws IOException {
        List<Manifest> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                try (Reader in = Files.newBufferedReader(file)) {
                    for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(in)) {
                        if (document != null) {
                            all.add(new Manifest(file.getFileName().toString(), map(document, "")));
                        }
                    }
                }
            }
        }
        return all;
    }

    String kind() {
        return text(body, "kind");
    }

    String name() {
        return text(body, "metadata.name");
    }

    /** How problems name this object: {@code Fleet moomoo (10-fleet.yaml)}. */
    String label() {
        return kind() + " " + name() + " (" + file + ")";
    }

    Object at(String path) {
        return at(body, path);
    }

    /** Sets the value at {@code path}, whose parent must exist. */
    @SuppressWarnings("unchecked")
    void put(String path, Object value) {
        int dot = path.lastIndexOf('.');
        Object parent = dot < 0 ? body : at(body, path.substring(0, dot));
        String last = path.substring(dot + 1);
        switch (parent) {
            case Map<?, ?> m -> ((Map<String, Object>) m).put(last, value);
            case List<?> l -> ((List<Object>) l).set(Integer.parseInt(last), value);
            default -> throw new IllegalArgumentException("no map or list at the parent of " + path + " in " + label());
        }
    }

    void remove(String path) {
        int dot = path.lastIndexOf('.');
        Object parent = dot < 0 ? body : at(body, path.substring(0, dot));
        if (!(parent instanceof Map<?, ?> m) || m.remove(path.substring(dot + 1)) == null) {
            throw new IllegalArgumentException("nothing to remove at " + path + " in " + label());
        }
    }

    /** The node at {@code path} below {@code node}, or null where the path leads nowhere. */
    static Object at(Object node, String path) {
        Object here = node;
        for (String step : path.isEmpty() ? new String[0] : path.split("\\.")) {
            here = switch (here) {
                case Map<?, ?> m -> m.get(step);
                case List<?> l when step.chars().allMatch(Character::isDigit) && Integer.parseInt(step) < l.size() -> l.get(Integer.parseInt(step));
                case null, default -> null;
            };
        }
        return here;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node, String path) {
        return at(node, path) instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object node, String path) {
        return at(node, path) instanceof List<?> l ? (List<Object>) l : List.of();
    }

    /** A scalar as text (YAML reads {@code 3000} as a number and {@code "3000"} as a string), or null. */
    static String text(Object node, String path) {
        Object value = at(node, path);
        return value instanceof Map || value instanceof List || value == null ? null : value.toString();
    }

    /** An integer written as one, or null: Kubernetes refuses {@code "3000"} where it expects a number. */
    static Integer number(Object node, String path) {
        return at(node, path) instanceof Integer i ? i : null;
    }
}
