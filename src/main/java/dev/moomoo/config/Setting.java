package dev.moomoo.config;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * One setting: its single name (a flag {@code --name}, an environment variable {@code MOOMOO_NAME}
 * with dashes as underscores, a key {@code name} in the properties file), its default and a parser
 * that refuses bad values with a message naming the allowed range.
 */
public record Setting<T>(String name, String defaultValue, String description, String allowed, Function<String, T> parser) {

    private static final String SWITCH = "true or false";

    /** Whether a bare {@code --name} means true (a boolean setting). */
    public boolean isSwitch() {
        return SWITCH.equals(allowed);
    }

    public String environmentName() {
        return "MOOMOO_" + name.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    public T parse(String raw) {
        try {
            T value = parser.apply(raw.strip());
            if (value == null) {
                throw new IllegalArgumentException();
            }
            return value;
        } catch (RuntimeException e) {
            throw new ConfigException("invalid value '" + raw + "' for setting " + name + ": expected " + allowed);
        }
    }

    public static Setting<Integer> integer(String name, int defaultValue, int min, int max, String description) {
        return new Setting<>(name, Integer.toString(defaultValue), description, "an integer from " + min + " to " + max, raw -> {
            int v = Integer.parseInt(raw);
            return v < min || v > max ? null : v;
        });
    }

    public static Setting<Double> decimal(String name, double defaultValue, double min, double max, String description) {
        return new Setting<>(name, Double.toString(defaultValue), description, "a number from " + min + " to " + max, raw -> {
            double v = Double.parseDouble(raw);
            return Double.isNaN(v) || v < min || v > max ? null : v;
        });
    }

    public static Setting<Boolean> bool(String name, boolean defaultValue, String description) {
        return new Setting<>(name, Boolean.toString(defaultValue), description, SWITCH, raw -> switch (raw.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> Boolean.TRUE;
            case "false", "no", "off", "0" -> Boolean.FALSE;
            default -> null;
        });
    }

    public static Setting<String> string(String name, String defaultValue, String description) {
        return new Setting<>(name, defaultValue, description, "a string", raw -> raw);
    }

    public static Setting<String> oneOf(String name, String defaultValue, String description, String... choices) {
        Set<String> set = Set.of(choices);
        return new Setting<>(name, defaultValue, description, "one of " + String.join(", ", choices),
                raw -> set.contains(raw.toLowerCase(Locale.ROOT)) ? raw.toLowerCase(Locale.ROOT) : null);
    }

    /** A comma-separated list; an empty value is the empty set. */
    public static Setting<Set<String>> list(String name, String defaultValue, String description) {
        return new Setting<>(name, defaultValue, description, "a comma-separated list", raw -> {
            Set<String> out = new LinkedHashSet<>();
            Arrays.stream(raw.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
            return Set.copyOf(out);
        });
    }
}
