package dev.moomoo.protocol;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Every server packet carries as many arguments as the real 2026 client's handler for its code takes.
 * The table was read off the handlers in the client bundle (realclient/, commit f5190e1): the handler
 * is called as {@code handler.apply(undefined, args)}, so {@code args} are its positional parameters.
 * A range is given where the handler checks for missing values ({@code T}: {@code e != null && ...}).
 * The flat-list codes take their list as the one argument.
 */
class HandlerArityTest {
    /** code -> {min, max} of the handler's parameters that the server fills. */
    private static final Map<String, int[]> HANDLERS = Map.ofEntries(
            Map.entry("io-init", new int[] {4, 4}), // socketId, seed, key, mode
            Map.entry("A", new int[] {1, 1}), Map.entry("B", new int[] {1, 1}), Map.entry("C", new int[] {1, 1}),
            Map.entry("D", new int[] {2, 2}), Map.entry("E", new int[] {1, 1}), Map.entry("a", new int[] {1, 1}),
            Map.entry("G", new int[] {1, 1}), Map.entry("H", new int[] {1, 1}), Map.entry("I", new int[] {1, 1}),
            Map.entry("J", new int[] {1, 1}), Map.entry("K", new int[] {3, 3}), Map.entry("L", new int[] {2, 2}),
            Map.entry("M", new int[] {2, 2}), Map.entry("N", new int[] {3, 3}), Map.entry("O", new int[] {2, 2}),
            Map.entry("P", new int[] {0, 0}), Map.entry("Q", new int[] {1, 1}), Map.entry("R", new int[] {1, 1}),
            Map.entry("S", new int[] {2, 2}), Map.entry("T", new int[] {1, 3}), Map.entry("U", new int[] {2, 2}),
            Map.entry("V", new int[] {2, 2}), Map.entry("X", new int[] {8, 8}), Map.entry("Y", new int[] {2, 2}),
            Map.entry("Z", new int[] {1, 1}), Map.entry("g", new int[] {1, 1}), Map.entry("1", new int[] {1, 1}),
            Map.entry("2", new int[] {2, 2}), Map.entry("3", new int[] {2, 2}), Map.entry("4", new int[] {1, 1}),
            Map.entry("5", new int[] {3, 3}), Map.entry("6", new int[] {2, 2}), Map.entry("7", new int[] {1, 1}),
            Map.entry("8", new int[] {4, 4}), Map.entry("9", new int[] {2, 2}), Map.entry("0", new int[] {0, 0}));
    /** Handlers that walk their one argument as a flat list. */
    private static final Set<String> FLAT_LISTS = Set.of("a", "G", "H", "I", "4", "7");

    @Test
    void everyServerPacketFitsItsHandler() throws PacketException {
        ServerCodec codec = new ServerCodec(Profile.ERA_2);
        var samples = ServerGoldenBytesTest.samplesByKind();
        assertEquals(ServerKind.values().length - PacketRoundTripTest.V19_SERVER_ONLY.size(), samples.size(), "a sample of every kind era 2 has");
        for (var entry : samples.entrySet()) {
            String code = Profile.ERA_2.codes().serverCode(entry.getKey());
            int[] range = HANDLERS.get(code);
            assertNotNull(range, "the client has a handler for '" + code + "'");
            for (ServerPacket p : entry.getValue()) {
                List<?> message = (List<?>) MsgpackValues.read(codec.encode(p), MsgpackValues.Limits.SERVER);
                assertEquals(code, message.get(0));
                List<?> args = (List<?>) message.get(1);
                assertTrue(args.size() >= range[0] && args.size() <= range[1],
                        "'" + code + "' takes " + range[0] + ".." + range[1] + " arguments, got " + args.size() + ": " + p);
                if (FLAT_LISTS.contains(code)) {
                    assertInstanceOf(List.class, args.getFirst(), "'" + code + "' takes its list as the one argument");
                }
            }
        }
    }

    @Test
    void theHandlerTableCoversEveryCodeTheServerSends() {
        for (ServerKind k : ServerKind.values()) {
            if (Profile.ERA_2.sends(k)) {
                assertTrue(HANDLERS.containsKey(Profile.ERA_2.codes().serverCode(k)), k + " has a client handler");
            }
        }
        assertEquals(ServerKind.values().length - PacketRoundTripTest.V19_SERVER_ONLY.size(), HANDLERS.size(), "no handler in the table is without a kind");
    }

    @Test
    void xpTakesOneOrThreeArgumentsNeverTwo() {
        assertThrows(IllegalArgumentException.class, () -> new ServerPacket.Xp(1, 360.0, null));
        assertThrows(IllegalArgumentException.class, () -> new ServerPacket.Xp(1, null, 2));
    }
}
