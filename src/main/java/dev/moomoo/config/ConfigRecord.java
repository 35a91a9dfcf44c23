package dev.moomoo.config;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.ArrayList;
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

    /** Turns one {@link Setting} into the {@link SettingDef} of its component's type. */
    private static final class Declarations {
        private Declarations() {
        }

        static String where(RecordComponent c) {
            return c.getDeclaringRecord().getSimpleName() + "." + c.getName();
        }

        static SettingDef<?> setting(RecordComponent c, Setting s) {
            SettingDef<?> setting = s.parser().length > 0 ? parsed(c, s) : byType(c, s);
            Object value = setting.parse(setting.defaultValue()); // a bad default stops the start, naming the setting
            if (!boxed(c.getType()).isInstance(value)) {
                throw new IllegalStateException(where(c) + ": the setting " + s.name() + " reads a " + value.getClass().getSimpleName()
                        + ", the component is a " + c.getType().getSimpleName());
            }
            return setting;
        }

        private static SettingDef<?> parsed(RecordComponent c, Setting s) {
            if (s.parser().length > 1 || s.oneOf().length > 0 || !Double.isNaN(s.min()) || !Double.isNaN(s.max()) || s.readAs() != void.class) {
                throw new IllegalStateException(where(c) + ": a setting with a parser takes no other way of reading");
            }
            SettingParser<?> parser;
            try {
                Constructor<? extends SettingParser<?>> make = s.parser()[0].getDeclaredConstructor();
                make.setAccessible(true);
                parser = make.newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(where(c) + ": its parser needs a constructor without arguments", e);
            }
            return new SettingDef<>(s.name(), s.defaultValue(), parser.description(s.description()), parser.allowed(), parser::parse);
        }

        private static SettingDef<?> byType(RecordComponent c, Setting s) {
            Class<?> type = c.getType();
            Class<?> read = s.readAs() == void.class ? type : s.readAs();
            boolean number = read == int.class || read == long.class || read == double.class || read == Duration.class;
            boolean hasMin = !Double.isNaN(s.min());
            boolean hasMax = !Double.isNaN(s.max());
            if (number ? !(hasMin && hasMax) : hasMin || hasMax) {
                throw new IllegalStateException(where(c) + ": min and max are for numbers, and required there");
            }
            if (s.oneOf().length > 0 && read != String.class) {
                throw new IllegalStateException(where(c) + ": oneOf is for text");
            }
            if (read != type && !(read == int.class && (type == double.class || type == long.class))) {
                throw new IllegalStateException(where(c) + ": a " + type.getSimpleName() + " cannot be read as a " + read.getSimpleName());
            }
            String name = s.name();
            String fallback = s.defaultValue();
            String text = s.description();
            if (read == int.class) {
                SettingDef<Integer> whole = SettingDef.integer(name, fallback, whole(c, s.min()), whole(c, s.max()), text);
                return type == double.class ? whole.map(Integer::doubleValue) : type == long.class ? whole.map(Integer::longValue) : whole;
            } else if (read == long.class) {
                return SettingDef.longInteger(name, fallback, whole(c, s.min()), whole(c, s.max()), text);
            } else if (read == Duration.class) {
                return SettingDef.integer(name, fallback, whole(c, s.min()), whole(c, s.max()), text).map(Duration::ofMillis);
            } else if (read == double.class) {
                return SettingDef.decimal(name, fallback, s.min(), s.max(), text);
            } else if (read == boolean.class) {
                return SettingDef.bool(name, fallback, text);
            } else if (read == String.class) {
                return s.oneOf().length > 0 ? SettingDef.oneOf(name, fallback, text, s.oneOf()) : SettingDef.string(name, fallback, text);
            } else if (read == Set.class) {
                return SettingDef.list(name, fallback, text);
            }
            throw new IllegalStateException(where(c) + ": a " + type.getSimpleName() + " needs a parser (@Setting(parser = ...))");
        }

        private static long whole(RecordComponent c, double bound) {
            if (bound != Math.rint(bound)) {
                throw new IllegalStateException(where(c) + ": an integer's bounds are whole numbers, not " + bound);
            }
            return (long) bound;
        }

        private static Class<?> boxed(Class<?> type) {
            if (type == int.class) {
                return Integer.class;
            } else if (type == long.class) {
                return Long.class;
            } else if (type == double.class) {
                return Double.class;
            } else if (type == boolean.class) {
                return Boolean.class;
            }
            return type;
        }
    }
}
