package dev.moomoo.protocol.keyed;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A connection from io-init on, in each mode (src/site/keyed-protocol.md, "Modes"): the arguments the
 * client is sent, and a client end built from them alone (as the browser builds its own) talking to
 * the server's end.
 */
class HandshakeTest {
    private final SecureRandom random = new SecureRandom();
    private final BuildModule build = BuildModule.generate(random);

    @Test
    void theModesAreReadFromIoInitAsTheClientReadsThem() {
        assertEquals(KeyedMode.PINNED, KeyedMode.fromIoInit(1, 1));
        assertEquals(KeyedMode.UNPINNED, KeyedMode.fromIoInit(1, 0));
        assertEquals(KeyedMode.UNPINNED, KeyedMode.fromIoInit(1, 2));
        assertEquals(KeyedMode.PLAIN, KeyedMode.fromIoInit(0, 1));
        assertEquals(KeyedMode.PLAIN, KeyedMode.fromIoInit(2, 1));
        for (KeyedMode mode : KeyedMode.values()) {
            assertEquals(mode, KeyedMode.fromIoInit(mode.ioInitMode(), mode.ioInitPinned()));
        }
    }

    @Test
    void thePinnedModeSendsAFreshSeedAndKeyAndMixesTheKey() throws Exception {
        Handshake a = Handshake.begin(KeyedMode.PINNED, build, "sock1", random);
        Handshake b = Handshake.begin(KeyedMode.PINNED, build, "sock2", random);
        IoInitArgs init = a.ioInit();
        assertEquals(List.of("sock1", init.seed(), init.keyHex(), 1, 1), init.args());
        assertTrue(init.keyHex().matches("[0-9a-f]{32}"), "16 bytes in hex");
        assertTrue(init.seed() >= 0 && init.seed() <= 0xFFFFFFFFL, "unsigned 32 bits");
        assertNotEquals(init.keyHex(), b.ioInit().keyHex());

        talk(a.channel(), KeyedClientChannel.fromIoInit(init, build));
        // a client that took the raw key (no build module) cannot speak to it
        KeyedClientChannel unmixed = new KeyedClientChannel(KeyedMode.PINNED, HexFormat.of().parseHex(init.keyHex()), (int) init.seed(), build.buildSalt());
        assertEquals(KeyedFrameException.Reason.BAD_TAG,
                assertThrows(KeyedFrameException.class, () -> a.channel().open(unmixed.frame("0", List.of()))).reason());
        assertEquals(38, a.channel().serverTable().size());
        assertEquals(21, a.channel().clientTable().size());
    }

    @Test
    void theUnpinnedModeUsesTheRawKeyAndTheOlderNames() throws Exception {
        Handshake h = Handshake.begin(KeyedMode.UNPINNED, build, "s", random);
        assertEquals(List.of(1, 0), h.ioInit().args().subList(3, 5));
        KeyedClientChannel client = KeyedClientChannel.fromIoInit(h.ioInit(), build);
        talk(h.channel(), client);
        assertEquals(PacketTable.client((int) h.ioInit().seed(), 1, 17).asMap(), h.channel().clientTable().asMap(), "salt 1, 17 names");
        assertEquals(PacketTable.server((int) h.ioInit().seed(), 1, 36).asMap(), h.channel().serverTable().asMap(), "salt 1, 36 names");
    }

    @Test
    void thePlainModeHasNoKey() throws Exception {
        Handshake h = Handshake.begin(KeyedMode.PLAIN, build, "s", random);
        assertEquals(List.of("s", 0L, "0", 0, 0), h.ioInit().args());
        talk(h.channel(), KeyedClientChannel.fromIoInit(h.ioInit(), build));
    }

    /** A few packets both ways, through both ends. */
    private static void talk(KeyedChannel server, KeyedClientChannel client) throws Exception {
        for (int i = 1; i <= 30; i++) {
            ClientFrame f = server.open(client.frame("9", List.of(i + 0.5)));
            assertEquals("9", f.name());
            assertEquals(List.of(i + 0.5), f.args());
            byte[] pong = {(byte) 0x92, (byte) 0xA1, '0', (byte) 0x90};
            assertArrayEquals(pong, client.read(server.seal(SharedBody.ofMessage(pong, 0, pong.length))));
        }
    }

    @Test
    void keysAreNeverPrinted() {
        for (KeyedMode mode : List.of(KeyedMode.PINNED, KeyedMode.UNPINNED)) {
            Handshake h = Handshake.begin(mode, build, "s", random);
            String key = h.ioInit().keyHex();
            for (Object o : List.of(h, h.ioInit(), h.channel(), KeyedClientChannel.fromIoInit(h.ioInit(), build), build)) {
                assertFalse(o.toString().contains(key), o.getClass().getSimpleName() + ": " + o);
            }
        }
        assertEquals("build " + build.buildId(), build.toString(), "a build shows only its id");
    }
}
