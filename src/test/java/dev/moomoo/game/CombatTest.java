package dev.moomoo.game;

import dev.moomoo.game.entity.ObjectType;
import dev.moomoo.game.entity.Player;
import dev.moomoo.game.entity.Resource;
import dev.moomoo.game.entity.WorldObject;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.ServerPacket;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class CombatTest {
    private final GameFixture f = new GameFixture();

    private void gathers(ObjectType type, String stat, int perHit) {
        Player p = f.spawn("g");
        double y = 3000 + 500 * type.ordinal(); // each gatherer on its own spot
        f.place(p, 5000, y);
        WorldObject o = f.admin.spawnObject(type, 5000 + 35 + type.scale(0) - 10, y, type.scale(0));
        f.ticks(1);
        GameFixture.sink(p).clear();
        f.send(p, new ClientPacket.Attack(true, 0.0));
        f.ticks(1);
        RecordingSink s = GameFixture.sink(p);
        assertEquals(new ServerPacket.Stat(stat, perHit, true), s.last(ServerPacket.Stat.class));
        // src/site/rules.md#ages-and-upgrade-choices: 4 x the gather amount (1), plus 1 XP per point gained (gold only)
        long xp = 4 + (type == ObjectType.GOLD ? perHit : 0);
        assertEquals(new ServerPacket.Xp(xp, null, null), s.last(ServerPacket.Xp.class));
        assertEquals(new ServerPacket.Wiggle(0.0, o.sid()), s.last(ServerPacket.Wiggle.class));
        assertEquals(new ServerPacket.Swing(p.sid(), true, 0), s.last(ServerPacket.Swing.class));
        assertEquals(perHit, p.resource(type.resource()));
        f.admin.removeObject(o.sid());
        f.send(p, new ClientPacket.Attack(false, null));
        f.ticks(1);
    }

    @Test
    void gatheringEachResource() {
        gathers(ObjectType.TREE, "wood", 1);
        gathers(ObjectType.BUSH, "food", 1);
        gathers(ObjectType.ROCK, "stone", 1);
        gathers(ObjectType.GOLD, "points", 5);
    }

    @Test
    void swingsOncePerReloadWhileHeld() {
        Player p = f.spawn("g");
        f.place(p, 5000, 4000);
        f.admin.spawnObject(ObjectType.TREE, 5150, 4000, 150);
        f.send(p, new ClientPacket.Attack(true, 0.0));
        // 3 s of world time. Each tick a weapon either runs its reload down by a tick (111 ms) or swings,
        // as the real client's shared code does: 300 ms takes three ticks to run out, so a swing every
        // 4th tick, at ticks 1, 5, ..., 25
        f.ticks(27);
        long swings = GameFixture.sink(p).all(ServerPacket.Swing.class).size();
        assertEquals(7, swings);
        assertEquals(7, p.resource(Resource.WOOD));
    }

    @Test
    void nothingOutsideTheArcOrRange() {
        Player p = f.spawn("g");
        f.place(p, 5000, 4000);
        f.admin.spawnObject(ObjectType.ROCK, 4850, 4000, 90); // behind
        f.admin.spawnObject(ObjectType.ROCK, 5000 + 90 + 65 + 40, 4000, 90); // too far ahead
        f.send(p, new ClientPacket.Attack(true, 0.0));
        f.ticks(1);
        assertEquals(new ServerPacket.Swing(p.sid(), false, 0), GameFixture.sink(p).last(ServerPacket.Swing.class));
        assertEquals(0, p.resource(Resource.STONE));
    }

    @Test
    void pvpKillAndRespawn() {
        Player a = f.spawn("attacker");
        Player b = f.spawn("victim");
        Player c = f.spawn("observer");
        f.place(a, 5000, 4000);
        f.place(b, 5080, 4000);
        f.place(c, 5500, 4300);
        f.ticks(1);
        String victimId = b.client().id();
        f.send(a, new ClientPacket.Attack(true, 0.0));
        for (int i = 0; i < 30 && b.alive(); i++) {
            f.ticks(1);
            if (b.alive()) {
                f.place(b, a.x() + 80, a.y()); // keep the victim in reach despite knockback
            }
        }
        List<Integer> healthSeen = GameFixture.sink(c).all(ServerPacket.Health.class).stream()
                .filter(h -> h.sid() == b.sid()).map(ServerPacket.Health::health).toList();
        assertEquals(List.of(75, 50, 25, 0), healthSeen, "observer saw the health fall");
        assertFalse(b.alive());
        assertNotNull(GameFixture.sink(b).last(ServerPacket.Died.class), "victim got P");
        List<ServerPacket.Stat> killerStats = GameFixture.sink(a).all(ServerPacket.Stat.class);
        assertTrue(killerStats.contains(new ServerPacket.Stat("kills", 1, true)), "the kill counted");
        // src/site/rules.md#death-kill-reward-and-respawn: the killer gets 100 x the victim's age (1) in points
        assertEquals(new ServerPacket.Stat("points", 100, true), killerStats.getLast());
        assertTrue(GameFixture.sink(c).all(ServerPacket.RemovePlayer.class).contains(new ServerPacket.RemovePlayer(victimId)));
        assertFalse(f.world.livingPlayers().contains(b));

        // Respawn: the same client sends M again.
        GameFixture.sink(b).clear();
        f.send(b, new ClientPacket.Spawn("victim", false, 1));
        f.ticks(1);
        assertTrue(b.alive());
        assertEquals(100, b.health());
        assertEquals(new ServerPacket.SetupGame(b.sid()), GameFixture.sink(b).packets.getFirst());
        assertTrue(((ServerPacket.AddPlayer) GameFixture.sink(b).packets.get(1)).isYou());
    }

    @Test
    void knockbackPushesAway() {
        Player a = f.spawn("a");
        Player b = f.spawn("b");
        f.place(a, 5000, 4000);
        f.place(b, 5080, 4000);
        f.send(a, new ClientPacket.Attack(true, 0.0));
        f.ticks(1);
        assertEquals(75, b.health());
        f.send(a, new ClientPacket.Attack(false, null));
        f.ticks(1);
        assertTrue(b.x() > 5080 + 10, "pushed +x: " + b.x());
    }

    @Test
    void agingUpSendsTheNewMaxXpAndAge() {
        Player p = f.spawn("g");
        f.place(p, 5000, 4000);
        f.admin.spawnObject(ObjectType.TREE, 5150, 4000, 150);
        f.send(p, new ClientPacket.Attack(true, 0.0));
        f.ticks(4 * 75); // 75 swings (one every 4th tick) x 4 XP = 300 XP: age 2
        assertEquals(2, p.age());
        assertTrue(GameFixture.sink(p).all(ServerPacket.Xp.class).contains(new ServerPacket.Xp(0, 360.0, 2)));
    }
}
