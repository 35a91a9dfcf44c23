package dev.moomoo.config;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * One setting as the resolver and {@code --help} see it, made by {@link ConfigRecord} from a
 * component's {@link Setting}: its single name (a flag {@code --name}, an environment variable
 * {@code MOOMOO_NAME} with dashes as underscores, a key {@code name} in the properties file), its
 * default and a parser that refuses bad values with a message naming the allowed range.
 */
public record SettingDef<T>(String name, String defaultValue, String description, String allowed, Function<String, T> parser) {

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

    /** The same setting, its accepted value turned into another type (milliseconds into a duration). */
    <U> SettingDef<U> map(Function<T, U> convert) {
        return new SettingDef<>(name, defaultValue, description, allowed, parser.andThen(v -> v == null ? null : convert.apply(v)));
    }

    static SettingDef<Integer> integer(String name, String defaultValue, long min, long max, String description) {
        return new SettingDef<>(name, defaultValue, description, "an integer from " + min + " to " + max, raw -> {
            int v = Integer.parseInt(raw);
            return v < min || v > max ? null : v;
        });
    }

    static SettingDef<Long> longInteger(String name, String defaultValue, long min, long max, String description) {
        return new SettingDef<>(name, defaultValue, description, "an integer from " + min + " to " + max, raw -> {
            long v = Long.parseLong(raw);
            return v < min || v > max ? null : v;
        });
    }

    static SettingDef<Double> decimal(String name, String defaultValue, double min, double max, String description) {
        return new SettingDef<>(name, defaultValue, description, "a number from " + min + " to " + max, raw -> {
            double v = Double.parseDouble(raw);
            return Double.isNaN(v) || v < min || v > max ? null : v;
        });
    }

    static SettingDef<Boolean> bool(String name, String defaultValue, String description) {
        return new SettingDef<>(name, defaultValue, description, SWITCH, raw -> switch (raw.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> Boolean.TRUE;
            case "false", "no", "off", "0" -> Boolean.FALSE;
            default -> null;
        });
    }

    static SettingDef<String> string(String name, String defaultValue, String description) {
        return new SettingDef<>(name, defaultValue, description, "a string", raw -> raw);
    }

    static SettingDef<String> oneOf(String name, String defaultValue, String description, String... choices) {
        Set<String> set = Set.of(choices);
        return new SettingDef<>(name, defaultValue, description, "one of " + String.join(", ", choices),
                raw -> set.contains(raw.toLowerCase(Locale.ROOT)) ? raw.toLowerCase(Locale.ROOT) : null);
    }

    /** A comma-separated list; an empty value is the empty set. */
    static SettingDef<Set<String>> list(String name, String defaultValue, String description) {
        return new SettingDef<>(name, defaultValue, description, "a comma-separated list", raw -> {
            Set<String> out = new LinkedHashSet<>();
            Arrays.stream(raw.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
            return Set.copyOf(out);
        });
    }
}
