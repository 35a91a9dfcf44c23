package dev.moomoo.net.websocket;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class Utf8ValidatorTest {
    private static final HexFormat HEX = HexFormat.of();

    /** Hex of a sequence, and the index of its first invalid byte (-1 valid; length = incomplete at the end). */
    private record Vector(String hex, int firstBad) {
    }

    private static final List<Vector> VECTORS = List.of(
            new Vector("", -1),
            new Vector("48656c6c6f", -1),                   // ASCII
            new Vector("cebae1bdb9cf83cebcceb5", -1),       // κόσμε
            new Vector("00", -1),                           // U+0000
            new Vector("c280", -1),                         // U+0080
            new Vector("e0a080", -1),                       // U+0800
            new Vector("f0908080", -1),                     // U+10000
            new Vector("ed9fbf", -1),                       // U+D7FF
            new Vector("ee8080", -1),                       // U+E000
            new Vector("efbfbd", -1),                       // U+FFFD
            new Vector("efbfbf", -1),                       // U+FFFF (a noncharacter, still valid UTF-8)
            new Vector("f48fbfbf", -1),                     // U+10FFFF
            new Vector("f4908080", 1),                      // U+110000: above the range
            new Vector("c0af", 0),                          // overlong '/'
            new Vector("c1bf", 0),                          // overlong
            new Vector("e080af", 1),                        // overlong three-byte
            new Vector("f08080af", 1),                      // overlong four-byte
            new Vector("eda080", 1),                        // U+D800 surrogate
            new Vector("edbfbf", 1),                        // U+DFFF surrogate
            new Vector("80", 0),                            // lone continuation
            new Vector("41bf", 1),                          // stray continuation after ASCII
            new Vector("c241", 1),                          // start byte then ASCII
            new Vector("fe", 0),
            new Vector("ff", 0),
            new Vector("f8888080", 0),                      // five-byte form
            new Vector("cebae1bd", 4),                      // truncated at the end
            new Vector("e282", 2));

    @Test
    void vectorsAllAtOnceAndByteByByte() {
        for (Vector v : VECTORS) {
            byte[] b = HEX.parseHex(v.hex());
            Utf8Validator whole = new Utf8Validator();
            int bad = whole.feed(b, 0, b.length);
            int expected = v.firstBad() >= 0 && v.firstBad() < b.length ? v.firstBad() : -1;
            assertEquals(expected, bad, v.hex());
            boolean valid = bad < 0 && whole.isComplete();
            assertEquals(v.firstBad() < 0, valid, v.hex());
            assertEquals(valid, Utf8Validator.isValid(b, 0, b.length));

            Utf8Validator bytewise = new Utf8Validator();
            int firstBad = -1;
            for (int i = 0; i < b.length && firstBad < 0; i++) {
                if (bytewise.feed(b, i, i + 1) >= 0) {
                    firstBad = i;
                }
            }
            assertEquals(expected, firstBad, "byte by byte " + v.hex());
        }
    }

    @Test
    void agreesWithTheJdkDecoderOnEveryCodePoint() {
        for (int cp = 0; cp <= 0x10FFFF; cp += (cp < 0x11000 ? 1 : 97)) {
            if (cp >= 0xD800 && cp <= 0xDFFF) {
                continue;
            }
            byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
            assertTrue(Utf8Validator.isValid(b, 0, b.length), Integer.toHexString(cp));
        }
    }
}
