package dev.moomoo.config;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A record whose components are its settings: each component is declared a setting by its
 * {@link Setting}, or is itself such a record (a section, whose settings are listed in its place).
 * From the declarations come the list of settings in component order ({@link #settings()}, which
 * the resolver and {@code --help} read) and the record itself, built through its canonical
 * constructor from resolved values ({@link #from}). A component that is neither a setting nor a
 * section, a type without a parser, a default its own parser refuses or a name used twice stops
 * {@link #of} with a message naming the component.
 */
public final class ConfigRecord<R extends Record> {
    /** What fills one component: a setting's value, or a section built from its own settings. */
    private sealed interface Part {
    }

    private record Value(SettingDef<?> setting) implements Part {
    }

    private record Section(ConfigRecord<?> record) implements Part {
    }

    private final Class<R> type;
    private final RecordComponent[] components;
    private final Method[] accessors;
    private final List<Part> parts;
    private final List<SettingDef<?>> settings;
    private final Constructor<R> canonical;

    private ConfigRecord(Class<R> type, List<Part> parts, List<SettingDef<?>> settings) {
        this.type = type;
        this.components = type.getRecordComponents();
        this.parts = parts;
        this.settings = settings;
        this.accessors = new Method[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            accessors[i] = components[i].getAccessor();
            accessors[i].setAccessible(true);
        }
        try {
            this.canonical = type.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type.getName() + " has no canonical constructor", e);
        }
        canonical.setAccessible(true);
    }

    /** Reads the declarations of {@code type}'s components (once, at start-up). */
    public static <R extends Record> ConfigRecord<R> of(Class<R> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type.getName() + " is not a record");
        }
        List<Part> parts = new ArrayList<>();
        List<SettingDef<?>> settings = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            Setting declared = c.getAnnotation(Setting.class);
            if (declared != null) {
                SettingDef<?> setting = Declarations.setting(c, declared);
                parts.add(new Value(setting));
                settings.add(setting);
            } else if (c.getType().isRecord()) {
                ConfigRecord<?> section = of(c.getType().asSubclass(Record.class));
                parts.add(new Section(section));
                settings.addAll(section.settings);
            } else {
                throw new IllegalStateException(Declarations.where(c) + " is neither a @Setting nor a record of settings");
            }
        }
        Set<String> names = new HashSet<>();
        for (SettingDef<?> s : settings) {
            if (!names.add(s.name())) {
                throw new IllegalStateException(type.getName() + ": the setting " + s.name() + " is declared twice");
            }
        }
        return new ConfigRecord<>(type, List.copyOf(parts), List.copyOf(settings));
    }

    /** Every setting of the record and its sections, in component order. */
    public List<SettingDef<?>> settings() {
        return settings;
    }

    /** The record of the resolved values; a check of the record's own constructor throws as it is. */
    public R from(Settings resolved) {
        Object[] values = new Object[parts.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = switch (parts.get(i)) {
                case Value v -> resolved.get(v.setting());
                case Section s -> s.record().from(resolved);
            };
        }
        return construct(values);
    }

    /** The record of every setting's default. */
    public R defaults() {
        return from(Settings.resolve(settings, Map.of(), Map.of()));
    }

    /**
     * A copy of {@code record} with the components named in {@code changes} (by component name)
     * replaced, unchecked against the settings' ranges (tests and benchmarks build worlds with it).
     */
    public R with(R record, Map<String, ?> changes) {
        Set<String> unknown = new TreeSet<>(changes.keySet());
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            String name = components[i].getName();
            unknown.remove(name);
            try {
                values[i] = changes.containsKey(name) ? changes.get(name) : accessors[i].invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(Declarations.where(components[i]) + " cannot be read", e);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(type.getSimpleName() + " has no component " + String.join(", ", unknown));
        }
        return construct(values);
    }

    /**
     * A copy of {@code record} with the settings named in {@code raw} (by setting name, as in a settings
     * file) read by their own parsers, so each is checked against its range; a name that is no setting of
     * this record's own components is refused with a message naming it.
     */
    public R withSettings(R record, Map<String, String> raw) {
        Map<String, Object> changes = new HashMap<>();
        Set<String> unknown = new TreeSet<>(raw.keySet());
        for (int i = 0; i < components.length; i++) {
            if (parts.get(i) instanceof Value(SettingDef<?> setting) && raw.containsKey(setting.name())) {
                changes.put(components[i].getName(), setting.parse(raw.get(setting.name())));
                unknown.remove(setting.name());
            }
        }
        if (!unknown.isEmpty()) {
            throw new ConfigException("no setting " + String.join(", ", unknown) + " in " + type.getSimpleName());
        }
        return with(record, changes);
    }

    private R construct(Object[] values) {
        try {
            return canonical.newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getName(), e);
        }
    }
}
