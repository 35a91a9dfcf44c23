package dev.moomoo.admin;

import dev.moomoo.client.GameClient;
import dev.moomoo.game.entity.Player;
import dev.moomoo.game.entity.Resource;
import dev.moomoo.protocol.AdminAction;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.ServerPacket;
import dev.moomoo.testing.Await;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.*;

/**
 * What the staff does with the v1.9 client's telemetry, reports and admin menu, over real sockets
 * (src/site/protocol.md, "The v1.9 profile"): each telemetry flag gets its setting's action, reports
 * reach the admins online, the admin menu runs the console command that fits for an admin and is
 * ignored (and counted) for anyone else; a watch is answered with live stats.
 */
class StaffDeskTest {
    @TempDir
    Path dir;

    /** A v1.9 page, spawned; its sid in {@code sid[0]}. */
    private static GameClient page(AdminFixture fx, String name, int[] sid) throws IOException {
        GameClient c = GameClient.connectKeyed("127.0.0.1", fx.server.port(), "main", "tk:x", fx.server.build(), null, 5000);
        c.receiveUntil(ServerPacket.TribeList.class);
        c.send(new ClientPacket.Spawn(name, false, 0));
        sid[0] = c.receiveUntil(ServerPacket.SetupGame.class).yourSid();
        return c;
    }

    /** The next notice an own client shows in its panel. */
    private static String notice(GameClient c) throws IOException {
        while (true) {
            ServerPacket.Chat chat = c.receiveUntil(ServerPacket.Chat.class);
            if (chat.sid() == -1) {
                return chat.message();
            }
        }
    }

    /** The next bubble over a real client's own player: how it is told an answer. */
    private static String bubble(GameClient c, int sid) throws IOException {
        while (true) {
            ServerPacket.Chat chat = c.receiveUntil(ServerPacket.Chat.class);
            if (chat.sid() == sid) {
                return chat.message();
            }
        }
    }

    private static double[] position(AdminFixture fx, int sid) {
        return fx.onTick(w -> {
            Player p = w.playerBySid(sid);
            return new double[] {p.x(), p.y()};
        });
    }

    @Test
    void theAdminMenuRunsTheCommandThatFitsForAnAdminAndIsIgnoredForAnyoneElse() throws Exception {
        try (AdminFixture fx = new AdminFixture(dir)) {
            int[] sid = new int[1];
            int[] otherSid = new int[1];
            try (GameClient admin = page(fx, "boss", sid); GameClient other = page(fx, "pleb", otherSid)) {
                // not an admin yet: ignored and counted
                admin.send(new ClientPacket.AdminMenu(new AdminAction.Teleport(1000, 2000)));
                other.send(new ClientPacket.AdminMenu(new AdminAction.GiveResource(3, 500, null)));
                assertTrue(Await.until(Duration.ofSeconds(10), () -> fx.server.staff().menusFromNonAdmins() == 2));
                assertNotEquals(1000, position(fx, sid[0])[0], 1);
                admin.send(new ClientPacket.Chat("/login " + AdminFixture.TOKEN));
                assertEquals("logged in as admin", bubble(admin, sid[0]));
                // no command does these: answered so, and counted
                admin.send(new ClientPacket.AdminMenu(new AdminAction.Switch("god", true)));
                assertTrue(bubble(admin, sid[0]).startsWith("admin menu 'god'"));
                assertEquals(1, fx.server.staff().menusWithoutCommand());

                // Each runs as its console command at the next tick (the answers come as bubbles, one per 3 s: the
                // effects are checked instead)
                admin.send(new ClientPacket.AdminMenu(new AdminAction.Teleport(1000, 2000))); // tp
                assertTrue(Await.until(Duration.ofSeconds(10), () -> position(fx, sid[0])[0] == 1000 && position(fx, sid[0])[1] == 2000));
                admin.send(new ClientPacket.AdminMenu(new AdminAction.Summon(otherSid[0]))); // tp of the other to the admin
                assertTrue(Await.until(Duration.ofSeconds(10), () -> Math.abs(position(fx, otherSid[0])[0] - 1000) < 80));
                admin.send(new ClientPacket.AdminMenu(new AdminAction.GiveResource(0, 700, otherSid[0]))); // grant
                assertTrue(Await.until(Duration.ofSeconds(10), () -> fx.onTick(w -> w.playerBySid(otherSid[0]).resource(Resource.WOOD)) == 700));
                int animals = fx.onTick(w -> w.animals().size());
                admin.send(new ClientPacket.AdminMenu(new AdminAction.SpawnAnimal(4, 1))); // animal: a wolf at the admin
                assertTrue(Await.until(Duration.ofSeconds(10), () -> fx.onTick(w -> w.animals().size()) == animals + 1));
                assertEquals(4, (int) fx.onTick(w -> w.animals().getLast().kind().id()));
                // the menu's "The Falls" (-900, 6760) and "go to mob" Crab King (11): the secret area (rules.md#the-secret-area)
                admin.send(new ClientPacket.AdminMenu(new AdminAction.Teleport(-900, 6760)));
                assertTrue(Await.until(Duration.ofSeconds(10), () -> position(fx, sid[0])[0] == -900 && position(fx, sid[0])[1] == 6760));
                admin.send(new ClientPacket.AdminMenu(new AdminAction.GoToAnimal(11)));
                assertTrue(Await.until(Duration.ofSeconds(10), () -> Math.hypot(position(fx, sid[0])[0] + 2500, position(fx, sid[0])[1] - 7200) < 1150),
                        "into the Crab King's pool, (-2500, 7200) r 1150");
            }
        }
    }

    @Test
    void eachTelemetryFlagGetsTheActionOfItsSetting() throws Exception {
        try (AdminFixture fx = new AdminFixture(dir, "telemetry-userscript", "flag", "telemetry-socket-hook", "kick")) {
            int[] adminSid = new int[1];
            int[] sid = new int[1];
            int[] cheatSid = new int[1];
            try (GameClient admin = fx.player("admin", adminSid); GameClient honest = page(fx, "honest", sid);
                 GameClient cheat = page(fx, "cheat", cheatSid)) {
                admin.send(new ClientPacket.Chat("/login " + AdminFixture.TOKEN));
                assertEquals("logged in as admin", notice(admin));
                honest.send(new ClientPacket.Telemetry(0, 0)); // what a clean page sends
                honest.send(new ClientPacket.Telemetry(ClientPacket.Telemetry.USERSCRIPT | ClientPacket.Telemetry.DEBUGGER, 4));
                String flagged = notice(admin);
                assertTrue(flagged.startsWith("telemetry: ") && flagged.contains("a userscript manager, a debugger pause"), flagged);
                cheat.send(new ClientPacket.Telemetry(ClientPacket.Telemetry.SOCKET_HOOK, 0));
                assertEquals(new ServerPacket.Disconnect("kicked"), cheat.receiveUntil(ServerPacket.Disconnect.class));
                for (int i = 0; i < 100 && cheat.receive() != null; i++) {
                    // what was queued before the Close
                }
                assertEquals(4001, cheat.closeCode());
                assertTrue(notice(admin).endsWith("a replaced WebSocket: kicked"));
                var stats = fx.server.keyedEndpoint().stats();
                assertEquals(1, stats.telemetryFlag(ClientPacket.Telemetry.USERSCRIPT));
                assertEquals(1, stats.telemetryFlag(ClientPacket.Telemetry.DEBUGGER));
                assertEquals(1, stats.telemetryFlag(ClientPacket.Telemetry.SOCKET_HOOK));
                assertEquals(0, stats.telemetryFlag(ClientPacket.Telemetry.RENDERER_HOOK));
                honest.send(new ClientPacket.Ping());
                honest.receiveUntil(ServerPacket.Pong.class); // the flagged page plays on
            }
        }
    }

    @Test
    void reportsReachTheAdminsOnlineAndAWatchIsAnsweredWithLiveStats() throws Exception {
        try (AdminFixture fx = new AdminFixture(dir)) {
            int[] adminSid = new int[1];
            int[] sid = new int[1];
            try (GameClient admin = fx.player("admin", adminSid); GameClient page = page(fx, "snitch", sid)) {
                admin.send(new ClientPacket.Chat("/login " + AdminFixture.TOKEN));
                assertEquals("logged in as admin", notice(admin));
                page.send(new ClientPacket.Report(adminSid[0], ClientPacket.Report.Action.OPEN, 0)); // the menu opened: nothing yet
                page.send(new ClientPacket.Report(adminSid[0], ClientPacket.Report.Action.REPORT, 2));
                String report = notice(admin);
                assertTrue(report.startsWith("report: ") && report.contains("snitch") && report.endsWith("for hack"), report);
                assertEquals(1, fx.server.staff().reports());

                fx.run("grant " + adminSid[0] + " stone 33");
                page.send(new ClientPacket.Watch(adminSid[0]));
                ServerPacket.LiveStats stats = page.receiveUntil(ServerPacket.LiveStats.class);
                assertEquals(adminSid[0], stats.sid());
                assertEquals(33, stats.stone());
            }
        }
    }
}
