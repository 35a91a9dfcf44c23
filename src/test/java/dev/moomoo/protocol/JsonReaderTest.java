package dev.moomoo.protocol;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * What the page posts: one object of plain values, read as the page's JSON.stringify writes it; and nested
 * values, as the fleet's list services answer (RFC 8259's grammar).
 */
class JsonReaderTest {
    @Test
    void theJoinBodyAsThePageWritesIt() {
        // JSON.stringify({captcha: "tok", auth: undefined, did: "abc", host: "main.local.moomoo.io"}) leaves undefined out
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("captcha", "tok");
        expected.put("did", "abc");
        expected.put("host", "main.local.moomoo.io");
        assertEquals(expected, JsonReader.flatObject("{\"captcha\":\"tok\",\"did\":\"abc\",\"host\":\"main.local.moomoo.io\"}"));
    }

    @Test
    void everyPlainValueAndEscape() {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("s", "a\"b\\c/d\b\f\n\r\t\u00e9\ud83d\udc2e");
        expected.put("n", -12.5e2);
        expected.put("z", 0.0);
        expected.put("t", true);
        expected.put("f", false);
        expected.put("nil", null);
        assertEquals(expected, JsonReader.flatObject(" { \"s\" : \"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u00e9\\ud83d\\udc2e\", \"n\":-12.5e2,\"z\":0,"
                + "\"t\":true,\"f\":false,\"nil\":null } "));
        assertEquals(Map.of(), JsonReader.flatObject("{}"));
    }

    @Test
    void anythingElseIsRefusedSayingWhere() {
        for (String bad : Arrays.asList("", "[]", "{", "{\"a\"}", "{\"a\":}", "{\"a\":1,}", "{\"a\":{}}", "{\"a\":[1]}", "{\"a\":01}",
                "{\"a\":\"\\x\"}", "{\"a\":\"\\u12\"}", "{\"a\":\"\n\"}", "{\"a\":1}x", "{\"a\":1,\"a\":2}", "{a:1}", "{\"a\":tru}", "{\"a\":-}")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JsonReader.flatObject(bad), bad);
            assertTrue(e.getMessage().startsWith("not a flat JSON object: ") && e.getMessage().contains(" at character "), e.getMessage());
        }
    }

    @Test
    void nestedValuesAreReadWhenAsked() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("count", 3.0);
        inner.put("capacity", 40.0);
        Map<String, Object> outer = new LinkedHashMap<>();
        outer.put("counters", Map.of("players-main", inner));
        outer.put("ports", List.of(List.of(), "x"));
        assertEquals(List.of(outer, 1.0, "s", true),
                JsonReader.value(" [ {\"counters\":{\"players-main\":{\"count\":3,\"capacity\":40}},\"ports\":[[ ],\"x\"]}, 1,\"s\",true ] "));
        assertEquals(Map.of(), JsonReader.value("{}"));
    }

    @Test
    void brokenNestedTextIsRefusedSayingWhere() {
        for (String bad : Arrays.asList("", "[", "[1,]", "[1 2]", "{\"a\":[}", "[]]", "{\"a\":{\"b\":1,\"b\":2}}")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JsonReader.value(bad), bad);
            assertTrue(e.getMessage().startsWith("not JSON: ") && e.getMessage().contains(" at character "), e.getMessage());
        }
    }

    @Test
    void nestingIsBoundedSoAHostilePeerGetsARefusalNotAStackOverflow() {
        // 64 levels: deeper than any list the lobby reads (a GameServer list nests about 6 deep)
        assertEquals(List.of(), unwrap(JsonReader.value("[".repeat(63) + "[]" + "]".repeat(63)), 63));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JsonReader.value("[".repeat(65) + "]".repeat(65)));
        assertTrue(e.getMessage().contains("nested deeper than 64"), e.getMessage());
        String hostile = "{\"a\":".repeat(200_000);
        assertThrows(IllegalArgumentException.class, () -> JsonReader.value(hostile), "a refusal, not StackOverflowError");
    }

    private static Object unwrap(Object value, int levels) {
        Object v = value;
        for (int i = 0; i < levels; i++) {
            v = ((List<?>) v).getFirst();
        }
        return v;
    }
}
