package dev.moomoo.game;

import dev.moomoo.game.entity.Player;
import dev.moomoo.game.entity.Resource;
import dev.moomoo.game.input.StaffListener;
import dev.moomoo.game.port.Client;
import dev.moomoo.protocol.AdminAction;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.ServerPacket;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The v1.9 client's packets beside the game (src/site/protocol.md, "The v1.9 profile"): a watch is
 * answered with the player's live stats; telemetry, reports and the admin menu go to the staff's
 * listener, in the order they came, and change nothing in the game.
 */
class StaffPacketsTest {
    private final GameFixture fx = new GameFixture();

    @Test
    void aWatchIsAnsweredWithWhatTheWorldKeepsOfThePlayer() {
        Player watcher = fx.spawn("watcher");
        Player star = fx.spawn("star");
        fx.grant(star, Resource.WOOD, 120);
        fx.grant(star, Resource.GOLD, 450);
        fx.send(watcher, new ClientPacket.Watch(star.sid()));
        fx.world.tick();
        List<ServerPacket.LiveStats> stats = liveStats(watcher);
        assertEquals(1, stats.size());
        ServerPacket.LiveStats s = stats.getFirst();
        assertEquals(star.sid(), s.sid());
        assertEquals(star.resource(Resource.WOOD), s.wood());
        assertEquals(star.resource(Resource.FOOD), s.food());
        assertEquals(star.resource(Resource.GOLD), s.gold());
        assertEquals(star.score(), s.score(), "the score is the gold");
        assertEquals(0, s.kills());
        assertEquals(0, s.damage(), "damage is not counted by the world");
        assertTrue(liveStats(star).isEmpty(), "only the watcher is answered");
    }

    @Test
    void aWatchOfNobodyOrOfNoSuchPlayerGetsNoAnswer() {
        Player watcher = fx.spawn("watcher");
        fx.send(watcher, new ClientPacket.Watch(null));
        fx.send(watcher, new ClientPacket.Watch(999));
        fx.world.tick();
        assertTrue(liveStats(watcher).isEmpty());
    }

    @Test
    void telemetryReportsAndTheAdminMenuGoToTheStaffInTheirOrder() {
        List<String> heard = new ArrayList<>();
        fx.world.staffListener(new StaffListener() {
            @Override
            public void telemetry(Client client, ClientPacket.Telemetry telemetry) {
                heard.add(client.id() + " T " + telemetry.flags());
            }

            @Override
            public void report(Client client, ClientPacket.Report report) {
                heard.add(client.id() + " R " + report.sid());
            }

            @Override
            public void adminMenu(Client client, ClientPacket.AdminMenu menu) {
                heard.add(client.id() + " A " + menu.action().args().getFirst());
            }
        });
        Player p = fx.spawn("p");
        double x = p.x();
        fx.send(p, new ClientPacket.Telemetry(2, 0));
        fx.send(p, new ClientPacket.Report(4, ClientPacket.Report.Action.REPORT, 1));
        fx.send(p, new ClientPacket.AdminMenu(new AdminAction.Teleport(100, 100)));
        fx.world.tick();
        String id = p.client().id();
        assertEquals(List.of(id + " T 2", id + " R 4", id + " A tp"), heard);
        assertEquals(x, p.x(), "the game itself does nothing with an admin menu");
    }

    /** The live stats {@code p}'s client was sent. */
    private static List<ServerPacket.LiveStats> liveStats(Player p) {
        return ((RecordingSink) p.client().sink()).all(ServerPacket.LiveStats.class);
    }
}
