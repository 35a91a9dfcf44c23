package dev.moomoo.protocol;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.*;

/** The decoder is strict about everything but number widths and nil, and names the problem. */
class ClientDecodeErrorsTest {
    private static final HexFormat HEX = HexFormat.of();
    private final ClientCodec codec = new ClientCodec(Profile.ERA_2);

    private String reason(String hex) {
        return assertThrows(PacketException.class, () -> codec.decode(HEX.parseHex(hex))).getMessage();
    }

    @Test
    void unknownCode() {
        assertTrue(reason("92a17a7a90".replace("a17a7a", "a27a7a")).contains("unknown packet code 'zz'"));
    }

    @Test
    void aCodeWithLineBreaksIsEscapedAndCut() {
        // ["a\nb<20 x's>", []]: a forged log line must not survive into the error
        String code = "a\nb" + "x".repeat(20);
        String hex = "92" + "b7" + HEX.formatHex(code.getBytes(StandardCharsets.US_ASCII)) + "90";
        String reason = reason(hex);
        assertEquals("unknown packet code 'a\\u000abxxxxxxxxxxxxx'...", reason);
    }

    @Test
    void notAPair() {
        assertTrue(reason("91a139").contains("not a [code, args] pair"));
        assertTrue(reason("05").contains("not a [code, args] pair"));
    }

    @Test
    void codeNotAString() {
        assertTrue(reason("920190").contains("code is not a string"));
    }

    @Test
    void argsNotAnArray() {
        assertTrue(reason("92a13901").contains("not an array"));
    }

    @Test
    void wrongArity() {
        // Aim with two arguments
        assertTrue(reason("92a144920102").contains("expected 1 arguments, got 2"));
    }

    @Test
    void wrongArgumentType() {
        // Aim with a string
        assertTrue(reason("92a14491a178").contains("argument 0 must be a finite number, got string"));
        // Chat with a number
        assertTrue(reason("92a1369101").contains("must be a string"));
    }

    @Test
    void nanAndInfinityAreRefused() {
        assertTrue(reason("92a14491cb7ff8000000000000").contains("finite number"));
        assertTrue(reason("92a14491cb7ff0000000000000").contains("finite number"));
    }

    @Test
    void tooLongChatAndName() {
        String chat31 = "bf" + "61".repeat(31); // str of 31 'a'
        assertTrue(reason("92a13691" + chat31).contains("at most 30 characters"));
        String name16 = "b0" + "61".repeat(16);
        assertTrue(reason("92a14d9181a46e616d65" + name16).contains("at most 15 characters"));
    }

    @Test
    void skinOutOfRange() {
        assertTrue(reason("92a14d9181a4736b696e0a").contains("from 0 to 9"));
    }

    @Test
    void truncatedAndTrailingBytes() {
        assertTrue(reason("92a144").contains("not valid msgpack"));
        assertTrue(reason("92a1449101ff").contains("bytes after"));
    }

    @Test
    void hugeDeclaredSizesAreRefusedBeforeAllocation() {
        // array32 claiming 2^31-1 elements
        assertTrue(reason("dd7fffffff").contains("over the limit"));
        // str32 claiming 1 GiB
        assertTrue(reason("92db40000000").contains("over the limit"));
        // deep nesting
        assertTrue(reason("92a144919191919191910101").contains("nested deeper"));
    }
}
