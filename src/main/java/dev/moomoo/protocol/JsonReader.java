package dev.moomoo.protocol;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON text: a string as a String, a number as a Double, true and false as Boolean, null as null,
 * an array as a List and an object as a Map of its members in order. {@link #flatObject} reads what the
 * page posts to the web services ({@code {"captcha": "...", "did": "...", "host": "..."}}: plain values
 * only, the page never sends a nested one); {@link #value} what the fleet's list services answer.
 * Anything that is not JSON is refused with an IllegalArgumentException saying where.
 */
public final class JsonReader {
    private final String text;
    /** Only one object of plain values is read: a nested object or array is refused. */
    private final boolean flat;
    private int at;

    /**
     * How deep arrays and objects may nest: far deeper than a GameServer list goes (about 6), and far from
     * the stack's end, so that {@code [[[[...} from a hostile peer is one refusal, not a StackOverflowError.
     */
    static final int MAX_DEPTH = 64;

    private int depth;

    private JsonReader(String text, boolean flat) {
        this.text = text;
        this.flat = flat;
    }

    /** One object whose values are strings, numbers, true, false or null. */
    public static Map<String, Object> flatObject(String text) {
        JsonReader json = new JsonReader(text, true);
        json.space();
        Map<String, Object> members = json.object();
        json.end();
        return members;
    }

    /** Any JSON value, nested as deep as it is. */
    public static Object value(String text) {
        JsonReader json = new JsonReader(text, false);
        json.space();
        Object value = json.value();
        json.end();
        return value;
    }

    private void end() {
        space();
        if (at != text.length()) {
            throw wrong("text after the " + (flat ? "object" : "value"));
        }
    }

    private List<Object> array() {
        List<Object> items = new ArrayList<>();
        expect('[');
        deeper();
        space();
        if (peek() == ']') {
            at++;
            depth--;
            return items;
        }
        while (true) {
            space();
            items.add(value());
            space();
            char c = next();
            if (c == ']') {
                depth--;
                return items;
            }
            if (c != ',') {
                throw wrong("expected , or ]");
            }
        }
    }

    private Map<String, Object> object() {
        Map<String, Object> members = new LinkedHashMap<>();
        expect('{');
        deeper();
        space();
        if (peek() == '}') {
            at++;
            depth--;
            return members;
        }
        while (true) {
            space();
            String name = string();
            space();
            expect(':');
            space();
            if (members.put(name, value()) != null) {
                throw wrong("member " + name + " twice");
            }
            space();
            char c = next();
            if (c == '}') {
                depth--;
                return members;
            }
            if (c != ',') {
                throw wrong("expected , or }");
            }
        }
    }

    private void deeper() {
        if (++depth > MAX_DEPTH) {
            throw wrong("nested deeper than " + MAX_DEPTH);
        }
    }

    private Object value() {
        char c = peek();
        if (c == '"') {
            return string();
        }
        if (!flat && c == '{') {
            return object();
        }
        if (!flat && c == '[') {
            return array();
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            int start = at;
            while (at < text.length() && "+-.eE0123456789".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            String number = text.substring(start, at);
            if (!number.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
                throw wrong("malformed number");
            }
            return Double.parseDouble(number);
        }
        for (String literal : new String[] {"true", "false", "null"}) {
            if (text.startsWith(literal, at)) {
                at += literal.length();
                return literal.equals("null") ? null : Boolean.valueOf(literal);
            }
        }
        throw wrong(c == '{' || c == '[' ? "a nested value (only strings, numbers, true, false and null are read)" : "expected a value");
    }

    private String string() {
        expect('"');
        StringBuilder sb = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '"') {
                return sb.toString();
            }
            if (c < 0x20) {
                throw wrong("a control character in a string");
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = next();
            switch (e) {
                case '"', '\\', '/' -> sb.append(e);
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    if (at + 4 > text.length() || !text.substring(at, at + 4).matches("[0-9a-fA-F]{4}")) {
                        throw wrong("malformed \\u escape");
                    }
                    sb.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                    at += 4;
                }
                default -> throw wrong("unknown escape \\" + (e < 0x20 || e > 0x7E ? "?" : e));
            }
        }
    }

    private void space() {
        while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
    }

    private char peek() {
        if (at >= text.length()) {
            throw wrong("unexpected end");
        }
        return text.charAt(at);
    }

    private char next() {
        char c = peek();
        at++;
        return c;
    }

    private void expect(char c) {
        if (next() != c) {
            at--;
            throw wrong("expected " + c);
        }
    }

    private IllegalArgumentException wrong(String what) {
        return new IllegalArgumentException((flat ? "not a flat JSON object: " : "not JSON: ") + what + " at character " + at);
    }
}
