package dev.moomoo.protocol;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The argument list of one packet, read leniently where the real client varies (any number width,
 * integral floats as integers, {@code nil} where a value is optional) and strictly everywhere else.
 */
final class Args {
    private final Object what;
    private final List<?> values;

    Args(Object what, List<?> values) {
        this.what = what;
        this.values = values;
    }

    int size() {
        return values.size();
    }

    /** Requires between {@code min} and {@code max} arguments. */
    Args arity(int min, int max) throws PacketException {
        if (values.size() < min || values.size() > max) {
            String expected = min == max ? Integer.toString(min) : min + " to " + max;
            throw new PacketException(PacketException.Reason.ARITY, what + ": expected " + expected + " arguments, got " + values.size());
        }
        return this;
    }

    Object raw(int i) {
        return i < values.size() ? values.get(i) : null;
    }

    boolean isNil(int i) {
        return raw(i) == null;
    }

    /** A finite number of any msgpack width. */
    double number(int i) throws PacketException {
        if (raw(i) instanceof Number n) {
            double d = n.doubleValue();
            if (Double.isFinite(d)) {
                return d;
            }
        }
        throw bad(i, "a finite number");
    }

    /** A finite number, or null for {@code nil} or a missing trailing argument. */
    Double numberOrNil(int i) throws PacketException {
        return isNil(i) ? null : number(i);
    }

    /** An integer; a float is accepted when it is integral (JavaScript has only doubles). */
    long integer(int i) throws PacketException {
        Object v = raw(i);
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 9.007199254740992E15) {
            return d.longValue();
        }
        throw bad(i, "an integer");
    }

    int integer(int i, int min, int max) throws PacketException {
        long v = integer(i);
        if (v < min || v > max) {
            throw bad(i, "an integer from " + min + " to " + max);
        }
        return (int) v;
    }

    /**
     * A flag as JavaScript judges it, which is how the real client's values are meant: nil, false, 0,
     * NaN and the empty string are false; every other value (the string "1" the client keeps in
     * localStorage, any list or map) is true. Never refuses a value.
     */
    boolean flag(int i) {
        return switch (raw(i)) {
            case null -> false;
            case Boolean b -> b;
            case Double d -> d != 0 && !d.isNaN();
            case Number n -> n.longValue() != 0;
            case String s -> !s.isEmpty();
            default -> true;
        };
    }

    /** A msgpack boolean, strictly: what this server writes for its flags (read by this project's clients). */
    boolean bool(int i) throws PacketException {
        if (raw(i) instanceof Boolean b) {
            return b;
        }
        throw bad(i, "a boolean");
    }

    String string(int i, int maxChars) throws PacketException {
        if (raw(i) instanceof String s) {
            if (s.codePointCount(0, s.length()) > maxChars) {
                throw bad(i, "a string of at most " + maxChars + " characters");
            }
            return s;
        }
        throw bad(i, "a string");
    }

    Map<?, ?> map(int i) throws PacketException {
        if (raw(i) instanceof Map<?, ?> m) {
            return m;
        }
        throw bad(i, "a map");
    }

    List<?> list(int i) throws PacketException {
        if (raw(i) instanceof List<?> l) {
            return l;
        }
        throw bad(i, "an array");
    }

    /** The arguments of a nested list, for packets that carry one. */
    Args nested(int i) throws PacketException {
        return new Args(what, list(i));
    }

    /** The fields {@code keys} of the map at {@code i} as an argument list, so the same lenient rules apply. */
    Args fields(int i, String... keys) throws PacketException {
        Map<?, ?> map = map(i);
        Object[] values = new Object[keys.length];
        for (int k = 0; k < keys.length; k++) {
            values[k] = map.get(keys[k]);
        }
        return new Args(what, Arrays.asList(values));
    }

    /** The one argument of a flat-list packet: a list whose length is a multiple of {@code stride}. */
    Args flatList(int stride) throws PacketException {
        return arity(1, 1).nested(0).stride(stride);
    }

    /** This list, which must hold items of {@code stride} values each, one after the other. */
    Args stride(int stride) throws PacketException {
        if (values.size() % stride != 0) {
            throw new PacketException(PacketException.Reason.ARITY, "expected a list of a multiple of " + stride + " values, got " + values.size());
        }
        return this;
    }

    /** The items of a flat-list packet, {@code stride} values each. */
    <E> List<E> flatList(int stride, Row<E> row) throws PacketException {
        return flatList(stride).rows(stride, row);
    }

    /** This list read in rows of {@code stride} values, each by {@code row} from its first index. */
    <E> List<E> rows(int stride, Row<E> row) throws PacketException {
        List<E> out = new ArrayList<>(values.size() / stride);
        for (int i = 0; i < values.size(); i += stride) {
            out.add(row.read(this, i));
        }
        return out;
    }

    /** Reads one item of a list from its first index {@code at}. */
    @FunctionalInterface
    interface Row<E> {
        E read(Args list, int at) throws PacketException;
    }

    private PacketException bad(int i, String expected) {
        Object v = raw(i);
        String got = v == null ? "nil" : v.getClass().getSimpleName().toLowerCase(Locale.ROOT);
        return new PacketException(PacketException.Reason.ARGUMENT, what + ": argument " + i + " must be " + expected + ", got " + got);
    }
}
