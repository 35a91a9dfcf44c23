package dev.moomoo.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.moomoo.protocol.ClientCodec;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.Profile;
import dev.moomoo.protocol.PacketException;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Any binary message decodes to a packet that survives its own encoding, or fails with one short
 * line naming the problem: no other exception, and nothing from the input that could break a log
 * line or a trace file.
 */
class PacketFuzzTest {
    private static final ClientCodec[] CODECS = {new ClientCodec(Profile.ERA_2), new ClientCodec(Profile.ERA_1)};

    @FuzzTest
    void messagesDecodeOrFailWithOneLine(FuzzedDataProvider in) {
        ClientCodec codec = CODECS[in.consumeInt(0, 1)];
        byte[] message = in.consumeRemainingAsBytes();
        ClientPacket packet;
        try {
            packet = codec.decode(message);
        } catch (PacketException e) {
            String line = e.getMessage();
            assertNotNull(line);
            assertTrue(line.length() <= 200, "error of " + line.length() + " chars");
            assertTrue(line.chars().noneMatch(c -> c < 0x20 || c == 0x7F), "control character in error: " + line);
            return;
        }
        ClientPacket again;
        try {
            again = codec.decode(codec.encode(packet));
        } catch (PacketException e) {
            throw new AssertionError("re-encoded " + packet + " does not decode: " + e.getMessage(), e);
        }
        assertEquals(packet, again, "decode(encode(p)) differs from p");
    }
}
