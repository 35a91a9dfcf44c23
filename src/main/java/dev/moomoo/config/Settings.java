package dev.moomoo.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves settings from their sources in order of precedence: command-line flag, environment
 * variable, properties file ({@code --config path}), default. {@code PORT} is also read, below
 * {@code MOOMOO_PORT}, because hosting platforms set it.
 */
public final class Settings {
    /**
     * The value of a flag given without one ({@code --echo}): true for a switch, an error naming the
     * missing value for any other setting.
     */
    public static final String NO_VALUE = "\0no value";

    private final Map<String, String> raw;
    private final Map<String, String> sources;

    private Settings(Map<String, String> raw, Map<String, String> sources) {
        this.raw = raw;
        this.sources = sources;
    }

    /**
     * @param definitions every known setting
     * @param flags       {@code name -> value} from the command line
     * @param environment the process environment
     */
    public static Settings resolve(List<SettingDef<?>> definitions, Map<String, String> flags, Map<String, String> environment) {
        Map<String, String> file = new HashMap<>();
        String configPath = flags.containsKey("config") ? flags.get("config") : environment.get("MOOMOO_CONFIG");
        if (NO_VALUE.equals(configPath)) {
            throw new ConfigException("--config needs a value: the path of a settings file (--config=moomoo.properties)");
        }
        Map<String, SettingDef<?>> known = new HashMap<>();
        definitions.forEach(d -> known.put(d.name(), d));
        if (configPath != null) {
            List<String> unknown = new ArrayList<>();
            for (PropertiesFile.Entry e : PropertiesFile.read(Path.of(configPath))) {
                if (known.containsKey(e.name())) {
                    file.put(e.name(), e.value());
                } else {
                    unknown.add("'" + e.name() + "' (line " + e.line() + ")");
                }
            }
            if (!unknown.isEmpty()) {
                throw new ConfigException("config file " + configPath + ": unknown setting" + (unknown.size() > 1 ? "s " : " ")
                        + String.join(", ", unknown) + " (see --help)");
            }
        }
        for (String name : flags.keySet()) {
            if (!name.equals("config") && !known.containsKey(name)) {
                throw new ConfigException("unknown setting --" + name + " (see --help)");
            }
        }
        Map<String, String> raw = new HashMap<>();
        Map<String, String> sources = new HashMap<>();
        for (SettingDef<?> d : definitions) {
            String value;
            String source;
            if (flags.containsKey(d.name())) {
                value = flags.get(d.name());
                source = "flag --" + d.name();
                if (NO_VALUE.equals(value)) {
                    if (!d.isSwitch()) {
                        throw new ConfigException("--" + d.name() + " needs a value: " + d.allowed() + " (--" + d.name() + "=...)");
                    }
                    value = "true";
                }
            } else if (environment.containsKey(d.environmentName())) {
                value = environment.get(d.environmentName());
                source = "environment " + d.environmentName();
            } else if (d.name().equals("port") && environment.containsKey("PORT")) {
                value = environment.get("PORT");
                source = "environment PORT";
            } else if (file.containsKey(d.name())) {
                value = file.get(d.name());
                source = "file " + configPath;
            } else {
                value = d.defaultValue();
                source = "default";
            }
            d.parse(value); // fail now, with the setting's name, rather than when first used
            raw.put(d.name(), value);
            sources.put(d.name(), source);
        }
        return new Settings(raw, sources);
    }

    public <T> T get(SettingDef<T> setting) {
        String value = raw.get(setting.name());
        if (value == null) {
            throw new IllegalArgumentException("setting not resolved: " + setting.name());
        }
        return setting.parse(value);
    }

    /** Where the value of {@code name} came from, for the start-up log. */
    public String sourceOf(String name) {
        return sources.get(name);
    }

}
