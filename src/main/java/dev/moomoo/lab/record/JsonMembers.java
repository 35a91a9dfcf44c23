package dev.moomoo.lab.record;

import dev.moomoo.protocol.JsonReader;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The members of one of a recording's JSON entries, read with errors that name the entry and the member. */
final class JsonMembers {
    private final String entry;
    private final Map<?, ?> members;

    private JsonMembers(String entry, Map<?, ?> members) {
        this.entry = entry;
        this.members = members;
    }

    static JsonMembers parse(String entry, byte[] utf8) throws RecordingException {
        Object value;
        try {
            value = JsonReader.value(new String(utf8, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new RecordingException(entry + " is not JSON: " + e.getMessage());
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new RecordingException(entry + " is not a JSON object");
        }
        return new JsonMembers(entry, map);
    }

    Object raw(String name) {
        return members.get(name);
    }

    String string(String name) throws RecordingException {
        if (members.get(name) instanceof String s) {
            return s;
        }
        throw missing(name, "a string");
    }

    /** A string, or null when the member is null or absent. */
    String optionalString(String name) throws RecordingException {
        Object v = members.get(name);
        if (v == null || v instanceof String) {
            return (String) v;
        }
        throw missing(name, "a string or null");
    }

    long number(String name) throws RecordingException {
        if (members.get(name) instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return n.longValue();
        }
        throw missing(name, "a whole number");
    }

    List<?> list(String name) throws RecordingException {
        if (members.get(name) instanceof List<?> l) {
            return l;
        }
        throw missing(name, "an array");
    }

    private RecordingException missing(String name, String what) {
        return new RecordingException(entry + ": member '" + name + "' is not " + what);
    }
}
