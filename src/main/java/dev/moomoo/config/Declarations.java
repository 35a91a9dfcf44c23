package dev.moomoo.config;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.Set;

/**
 * Turns one component's {@link Setting} into the {@link SettingDef} of the component's type, for
 * {@link ConfigRecord}; a declaration that cannot be read stops the start with a message naming it.
 */
final class Declarations {
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
