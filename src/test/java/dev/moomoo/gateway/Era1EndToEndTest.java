package dev.moomoo.gateway;

import dev.moomoo.client.WsClient;
import dev.moomoo.game.entity.Player;
import dev.moomoo.protocol.MsgpackValues;
import dev.moomoo.protocol.PacketException;
import dev.moomoo.server.GameServer;
import dev.moomoo.server.ServerConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A whole game in era 1 ({@code --era=1}) with bots on, read from the raw frames: every packet an
 * era-1 client receives carries an era-1 code in the era-1 shape. The codes are written here from
 * the table in src/site/protocol.md#codes, not read from the server's code table. Bots receive the same shared packets
 * (leaderboard, players entering view), so a frame cached for them must never reach this client.
 */
class Era1EndToEndTest {
    /** Era-1 server codes (src/site/protocol.md#codes). */
    private static final Set<String> ERA_1_SERVER_CODES = Set.of("io-init", "id", "d", "1", "2", "4", "33", "5", "6", "a", "aa",
            "7", "8", "sp", "9", "h", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "ac", "ad", "an", "st", "sa",
            "us", "ch", "mm", "t", "p", "pp");

    private GameServer server;

    @BeforeEach
    void start() throws IOException {
        server = GameServer.start(ServerConfig.defaults(Map.of("port", "0", "bind", "127.0.0.1", "era", "1", "bots", "4",
                "trees", "40", "bushes", "0", "rocks", "0", "gold-ores", "0", "console", "false")));
    }

    @AfterEach
    void stop() {
        server.shutdown();
    }

    @Test
    void anEra1ClientGetsOnlyEra1CodesInEra1ShapesWithBotsOn() throws Exception {
        try (WsClient ws = WsClient.connect("127.0.0.1", server.port(), "/", null, 10_000)) {
            List<?> init = next(ws);
            assertEquals("io-init", init.get(0));
            assertEquals("id", next(ws).get(0), "the tribe list follows io-init");
            // ["sp", [{name: "old", moofoll: nil, skin: 1}]]
            ws.sendBinary(HexFormat.of().parseHex("92a2737091" + "83a46e616d65a36f6c64a76d6f6f666f6c6cc0a4736b696e01"));
            List<?> setup = nextOf(ws, "1");
            int sid = ((Number) ((List<?>) setup.get(1)).get(0)).intValue();

            // Stand on a bot, so that its "2" (player added) and swings reach this client as they reach other bots.
            int[] botSid = {0};
            assertTrue(server.world().submit(w -> {
                Player bot = w.livingPlayers().stream().filter(p -> p.sid() != sid).findFirst().orElseThrow();
                botSid[0] = bot.sid();
                return w.teleport(sid, bot.x() + 100, bot.y());
            }).get(10, TimeUnit.SECONDS));

            Map<String, List<?>> firstOfEach = new LinkedHashMap<>();
            Set<String> codes = new HashSet<>();
            boolean sawBot = false;
            boolean sawMe = false;
            boolean sawBoard = false;
            for (int i = 0; i < 3000 && !(sawBot && sawMe && sawBoard); i++) {
                List<?> packet = next(ws);
                String code = (String) packet.get(0);
                List<?> args = (List<?>) packet.get(1);
                codes.add(code);
                firstOfEach.putIfAbsent(code, args);
                assertTrue(ERA_1_SERVER_CODES.contains(code), "an era-1 client got code '" + code + "' (not an era-1 server code): " + args);
                switch (code) {
                    case "2" -> { // [[id, sid, name, x, y, dir, hp, maxHp, scale, skin], isYou]
                        assertEquals(2, args.size());
                        List<?> player = (List<?>) args.get(0);
                        assertEquals(10, player.size());
                        sawBot |= ((Number) player.get(1)).intValue() == botSid[0];
                    }
                    case "33" -> { // one argument: the flat list, 13 values per player
                        assertEquals(1, args.size(), "the update is one argument");
                        List<?> flat = (List<?>) args.get(0);
                        assertEquals(0, flat.size() % 13);
                        for (int k = 0; k < flat.size(); k += 13) {
                            sawMe |= ((Number) flat.get(k)).intValue() == sid;
                        }
                    }
                    case "5" -> { // one argument: the flat list, 3 values per entry
                        assertEquals(1, args.size(), "the leaderboard is one argument");
                        List<?> flat = (List<?>) args.get(0);
                        assertEquals(0, flat.size() % 3);
                        sawBoard = flat.size() >= 3 * 2; // this player and at least one bot
                    }
                    case "a" -> { // era-1 animals: one argument, the flat list, 7 values per animal
                        assertEquals(1, args.size(), "animals are one argument");
                        assertEquals(0, ((List<?>) args.get(0)).size() % 7);
                    }
                    case "6" -> { // one argument: the flat list, 8 values per object
                        assertEquals(1, args.size(), "objects are one argument");
                        assertEquals(0, ((List<?>) args.get(0)).size() % 8);
                    }
                    default -> {
                    }
                }
            }
            assertTrue(sawBot, "the bot next to this player was added with '2'; codes seen: " + codes);
            assertTrue(sawMe, "own player in '33'; codes seen: " + codes);
            assertTrue(sawBoard, "a leaderboard '5' listing players and bots; codes seen: " + codes);
            assertTrue(codes.contains("a"), "'a' is era-1 animals, sent every tick (empty when none is in view); codes seen: " + codes);
        }
    }

    private static List<?> next(WsClient ws) throws IOException, PacketException {
        WsClient.Frame m = ws.receive();
        assertFalse(m.isClose(), "closed with " + (m.isClose() ? m.closeCode() : 0));
        return (List<?>) MsgpackValues.read(m.payload(), MsgpackValues.Limits.SERVER);
    }

    private static List<?> nextOf(WsClient ws, String code) throws IOException, PacketException {
        for (int i = 0; i < 500; i++) {
            List<?> p = next(ws);
            if (code.equals(p.get(0))) {
                return p;
            }
        }
        throw new AssertionError("no '" + code + "' within 500 packets");
    }
}
