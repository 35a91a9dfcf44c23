package dev.moomoo.lab.inputs;

import dev.moomoo.game.GameConfig;
import dev.moomoo.game.data.Habitat;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A world's settings ({@link GameConfig}) as a journal's header keeps them: every component by its name,
 * with a type tag and its value (src/site/input-journal.md, "The header"). A journal from a server with
 * fewer settings reads with the defaults for the rest; one naming a setting this server lacks is refused,
 * since its world cannot be built again here.
 */
final class SettingsCodec {
    private static final int DOUBLE = 1;
    private static final int INT = 2;
    private static final int LONG = 3;
    private static final int BOOLEAN = 4;
    private static final int STRING = 5;
    private static final int COUNTS = 6;
    private static final int HABITATS = 7;
    private static final int POINT = 8;

    private static final RecordComponent[] COMPONENTS = GameConfig.class.getRecordComponents();

    private SettingsCodec() {
    }

    static void write(GameConfig config, DataOutput out) throws IOException {
        out.writeShort(COMPONENTS.length);
        for (RecordComponent c : COMPONENTS) {
            out.writeUTF(c.getName());
            Object value = valueOf(c, config);
            int tag = tagOf(c);
            out.writeByte(tag);
            switch (tag) {
                case DOUBLE -> out.writeDouble((Double) value);
                case INT -> out.writeInt((Integer) value);
                case LONG -> out.writeLong((Long) value);
                case BOOLEAN -> out.writeBoolean((Boolean) value);
                case STRING -> out.writeUTF((String) value);
                case COUNTS, HABITATS -> {
                    Map<?, ?> sorted = new TreeMap<>((Map<?, ?>) value); // in key order: the same settings, the same bytes
                    out.writeShort(sorted.size());
                    for (Map.Entry<?, ?> e : sorted.entrySet()) {
                        out.writeUTF((String) e.getKey());
                        out.writeUTF(e.getValue().toString());
                    }
                }
                case POINT -> {
                    GameConfig.Point p = (GameConfig.Point) value;
                    out.writeDouble(p.x());
                    out.writeDouble(p.y());
                }
                default -> throw new IllegalStateException("no tag " + tag);
            }
        }
    }

    static GameConfig read(DataInput in) throws IOException, JournalException {
        Map<String, Object> read = new LinkedHashMap<>();
        int n = in.readUnsignedShort();
        for (int i = 0; i < n; i++) {
            String name = in.readUTF();
            int tag = in.readUnsignedByte();
            read.put(name, switch (tag) {
                case DOUBLE -> in.readDouble();
                case INT -> in.readInt();
                case LONG -> in.readLong();
                case BOOLEAN -> in.readBoolean();
                case STRING -> in.readUTF();
                case COUNTS, HABITATS -> readMap(in, tag);
                case POINT -> new GameConfig.Point(in.readDouble(), in.readDouble());
                default -> throw new JournalException("setting " + name + " has an unknown type tag " + tag);
            });
        }
        Object[] args = new Object[COMPONENTS.length];
        GameConfig defaults = GameConfig.defaults();
        for (int i = 0; i < COMPONENTS.length; i++) {
            RecordComponent c = COMPONENTS[i];
            Object value = read.remove(c.getName());
            if (value != null && !sameType(c, value)) {
                throw new JournalException("setting " + c.getName() + " has a value of the wrong type");
            }
            args[i] = value != null ? value : valueOf(c, defaults);
        }
        if (!read.isEmpty()) {
            throw new JournalException("the journal's world has settings this server lacks: " + String.join(", ", read.keySet()));
        }
        try {
            return GameConfig.class.getDeclaredConstructor(types()).newInstance(args);
        } catch (InvocationTargetException e) {
            throw new JournalException("the journal's settings are invalid here: " + e.getCause().getMessage());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> readMap(DataInput in, int tag) throws IOException, JournalException {
        Map<String, Object> out = new LinkedHashMap<>();
        int n = in.readUnsignedShort();
        for (int i = 0; i < n; i++) {
            String key = in.readUTF();
            String value = in.readUTF();
            try {
                out.put(key, tag == COUNTS ? (Object) Integer.parseInt(value) : Habitat.valueOf(value));
            } catch (IllegalArgumentException e) {
                throw new JournalException("setting value '" + value + "' for " + key + " is not one this server reads");
            }
        }
        return out;
    }

    private static int tagOf(RecordComponent c) {
        Class<?> type = c.getType();
        if (type == double.class) {
            return DOUBLE;
        } else if (type == int.class) {
            return INT;
        } else if (type == long.class) {
            return LONG;
        } else if (type == boolean.class) {
            return BOOLEAN;
        } else if (type == String.class) {
            return STRING;
        } else if (type == GameConfig.Point.class) {
            return POINT;
        } else if (type == Map.class) {
            Type value = ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[1];
            return value == Integer.class ? COUNTS : HABITATS;
        }
        throw new IllegalStateException("a setting of a type the journal cannot keep: " + c); // SettingsCodecTest walks them all
    }

    private static boolean sameType(RecordComponent c, Object value) {
        return switch (tagOf(c)) {
            case DOUBLE -> value instanceof Double;
            case INT -> value instanceof Integer;
            case LONG -> value instanceof Long;
            case BOOLEAN -> value instanceof Boolean;
            case STRING -> value instanceof String;
            case POINT -> value instanceof GameConfig.Point;
            default -> value instanceof Map<?, ?> m && m.values().stream().allMatch(v -> tagOf(c) == COUNTS ? v instanceof Integer : v instanceof Habitat);
        };
    }

    private static Object valueOf(RecordComponent c, GameConfig config) {
        try {
            return c.getAccessor().invoke(config);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?>[] types() {
        Class<?>[] types = new Class<?>[COMPONENTS.length];
        for (int i = 0; i < types.length; i++) {
            types[i] = COMPONENTS[i].getType();
        }
        return types;
    }
}
