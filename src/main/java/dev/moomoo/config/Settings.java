package dev.moomoo.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Resolves settings from their sources in order of precedence: command-line flag, environment
 * variable, properties file ({@code --config path}), default. {@code PORT} is also read, below
 * {@code MOOMOO_PORT}, because hosting platforms set it.
 */
public final class Settings {
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
    public static Settings resolve(List<Setting<?>> definitions, Map<String, String> flags, Map<String, String> environment) {
        Map<String, String> file = new HashMap<>();
        String configPath = flags.containsKey("config") ? flags.get("config") : environment.get("MOOMOO_CONFIG");
        if (configPath != null) {
            file.putAll(readProperties(Path.of(configPath)));
        }
        Map<String, Setting<?>> known = new HashMap<>();
        definitions.forEach(d -> known.put(d.name(), d));
        for (String name : flags.keySet()) {
            if (!name.equals("config") && !known.containsKey(name)) {
                throw new ConfigException("unknown setting --" + name + " (see --help)");
            }
        }
        for (String name : file.keySet()) {
            if (!known.containsKey(name)) {
                throw new ConfigException("unknown setting " + name + " in " + configPath + " (see --help)");
            }
        }
        Map<String, String> raw = new HashMap<>();
        Map<String, String> sources = new HashMap<>();
        for (Setting<?> d : definitions) {
            String value;
            String source;
            if (flags.containsKey(d.name())) {
                value = flags.get(d.name());
                source = "flag --" + d.name();
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

    public <T> T get(Setting<T> setting) {
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

    private static Map<String, String> readProperties(Path path) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(path)) {
            p.load(r);
        } catch (IOException e) {
            throw new ConfigException("cannot read config file " + path + ": " + e.getMessage());
        }
        Map<String, String> out = new HashMap<>();
        p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
        return out;
    }
}
