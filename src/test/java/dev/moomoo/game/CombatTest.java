package dev.moomoo.game;

import dev.moomoo.game.entity.Animal;
import dev.moomoo.game.entity.ObjectType;
import dev.moomoo.game.entity.Player;
import dev.moomoo.game.entity.Resource;
import dev.moomoo.game.entity.WorldObject;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.ServerPacket;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.moomoo.game.Sinks.clear;
import static dev.moomoo.game.Sinks.sink;
import static org.junit.jupiter.api.Assertions.*;

/** Swings against src/site/rules.md#weapons and #swings: what the tool hammer gathers, reaches and does to a player. */
class CombatTest {
    private final GameFixture f = new GameFixture();

    /** src/site/rules.md#swings: a hit on a natural object gathers its resource and wiggles it. */
    @Nested
    class Gathering {
        private void gathers(ObjectType type, String stat, int perHit) {
            Player p = f.spawn("g");
            double y = 3000 + 500 * type.ordinal(); // each gatherer on its own spot
            f.place(p, 5000, y);
            WorldObject o = f.admin.spawnObject(type, 5000 + 35 + type.scale(0) - 10, y, type.scale(0));
            f.ticks(1);
            sink(p).clear();
            f.press(p, 0.0);
            f.ticks(1);
            RecordingSink s = sink(p);
            assertEquals(new ServerPacket.Stat(stat, perHit, true), s.last(ServerPacket.Stat.class));
            // src/site/rules.md#ages-and-upgrade-choices: 4 x the gather amount (1), plus 1 XP per point gained (gold only)
            long xp = 4 + (type == ObjectType.GOLD ? perHit : 0);
            assertEquals(new ServerPacket.Xp(xp, null, null), s.last(ServerPacket.Xp.class));
            assertEquals(new ServerPacket.Wiggle(0.0, o.sid()), s.last(ServerPacket.Wiggle.class));
            assertEquals(new ServerPacket.Swing(p.sid(), true, 0), s.last(ServerPacket.Swing.class));
            assertEquals(perHit, p.resource(type.resource()));
            f.admin.removeObject(o.sid());
            f.release(p);
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
        void nothingOutsideTheArcOrRange() {
            Player p = f.spawnAt("g", 5000, 4000);
            f.admin.spawnObject(ObjectType.ROCK, 4850, 4000, 90); // behind
            f.admin.spawnObject(ObjectType.ROCK, 5000 + 90 + 65 + 40, 4000, 90); // too far ahead
            f.press(p, 0.0);
            f.ticks(1);
            assertEquals(new ServerPacket.Swing(p.sid(), false, 0), sink(p).last(ServerPacket.Swing.class));
            assertEquals(0, p.resource(Resource.STONE));
        }
    }

    /** A gatherer holding the attack button down beside a tree (src/site/rules.md#weapons: a use every 4th tick for a 300 ms reload). */
    @Nested
    class HoldingTheButtonAtATree {
        private final Player p = f.spawnAt("g", 5000, 4000);

        @BeforeEach
        void aTreeInReachAndTheButtonHeld() {
            f.admin.spawnObject(ObjectType.TREE, 5150, 4000, 150);
            f.press(p, 0.0);
        }

        @Test
        void swingsOncePerReloadWhileHeld() {
            // 3 s of world time. Each tick a weapon either runs its reload down by a tick (111 ms) or swings,
            // as the real client's shared code does: 300 ms takes three ticks to run out, so a swing every
            // 4th tick, at ticks 1, 5, ..., 25
            f.ticks(27);
            long swings = sink(p).all(ServerPacket.Swing.class).size();
            assertEquals(7, swings);
            assertEquals(7, p.resource(Resource.WOOD));
        }

        @Test
        void agingUpSendsTheNewMaxXpAndAge() {
            f.ticks(4 * 75); // 75 swings (one every 4th tick) x 4 XP = 300 XP: age 2
            assertEquals(2, p.age());
            assertTrue(sink(p).all(ServerPacket.Xp.class).contains(new ServerPacket.Xp(0, 360.0, 2)));
        }
    }

    /** src/site/rules.md#weapons: a press of the attack button is kept until a swing was tried, however soon it is let go. */
    @Nested
    class QuickClicks {
        private final Duel duel = f.duel(5000, 4000);

        /** {@code F [1]} and {@code F [0]} in the same tick's input: a click quicker than a tick; no tick. */
        private void click() {
            f.press(duel.attacker(), 0.0);
            f.release(duel.attacker());
        }

        private int swings() {
            return sink(duel.attacker()).all(ServerPacket.Swing.class).size();
        }

        @Test
        void aClickBetweenTwoTicksSwingsOnce() {
            click();
            f.ticks(1);
            assertEquals(1, swings(), "pressed and let go before the tick: it still swings");
            assertEquals(100 - 25, duel.target().health(), "the hammer's 25");
            f.ticks(8);
            assertEquals(1, swings(), "once: the button is up");
        }

        @Test
        void aClickInATickStillReloadingIsForgottenOneWhenReloadedSwings() {
            click();
            f.ticks(1);
            click(); // the hammer's 300 ms take the next three ticks to run down; each of them forgets a button that is up
            f.ticks(3);
            assertEquals(1, swings(), "lost: the tick found the weapon reloading and the button up");
            click(); // the 4th tick after the swing starts reloaded
            f.ticks(1);
            assertEquals(2, swings());
        }
    }

    /** src/site/rules.md#damage-and-knockback and #death-kill-reward-and-respawn */
    @Nested
    class PlayerAgainstPlayer {
        private final Duel duel = f.duel(5000, 4000);

        @Test
        void pvpKillAndRespawn() {
            Player attacker = duel.attacker();
            Player victim = duel.target();
            Player observer = f.spawnAt("observer", 5500, 4300);
            String victimId = victim.client().id();
            f.press(attacker, 0.0);
            for (int i = 0; i < 30 && victim.alive(); i++) {
                f.ticks(1);
                if (victim.alive()) {
                    f.place(victim, attacker.x() + 80, attacker.y()); // keep the victim in reach despite knockback
                }
            }
            List<Integer> healthSeen = sink(observer).all(ServerPacket.Health.class).stream()
                    .filter(h -> h.sid() == victim.sid()).map(ServerPacket.Health::health).toList();
            assertEquals(List.of(75, 50, 25, 0), healthSeen, "observer saw the health fall");
            assertFalse(victim.alive());
            assertNotNull(sink(victim).last(ServerPacket.Died.class), "victim got P");
            List<ServerPacket.Stat> killerStats = sink(attacker).all(ServerPacket.Stat.class);
            assertTrue(killerStats.contains(new ServerPacket.Stat("kills", 1, true)), "the kill counted");
            // src/site/rules.md#death-kill-reward-and-respawn: the killer gets 100 x the victim's age (1) in points
            assertEquals(new ServerPacket.Stat("points", 100, true), killerStats.getLast());
            assertTrue(sink(observer).all(ServerPacket.RemovePlayer.class).contains(new ServerPacket.RemovePlayer(victimId)));
            assertFalse(f.world.livingPlayers().contains(victim));

            // Respawn: the same client sends M again.
            sink(victim).clear();
            f.send(victim, new ClientPacket.Spawn("victim", false, 1));
            f.ticks(1);
            assertTrue(victim.alive());
            assertEquals(100, victim.health());
            assertEquals(new ServerPacket.SetupGame(victim.sid()), sink(victim).packets.getFirst());
            assertTrue(((ServerPacket.AddPlayer) sink(victim).packets.get(1)).isYou());
        }

        /** src/site/rules.md#swings: only a swing that reached an object shows as a hit ({@code K}'s didHit). */
        @Test
        void aSwingThatHitsOnlyAPlayerOrAnAnimalShowsNoObjectHit() {
            Player observer = f.spawnAt("observer", 5000, 4300);
            f.swing(duel.attacker(), 0.0);
            assertEquals(75, duel.target().health(), "set-up: the player was hit");
            ServerPacket.Swing seen = new ServerPacket.Swing(duel.attacker().sid(), false, 0);
            assertEquals(seen, sink(duel.attacker()).last(ServerPacket.Swing.class));
            assertEquals(seen, sink(observer).last(ServerPacket.Swing.class));
            f.place(duel.target(), 5000, 4600);
            Animal cow = f.admin.spawnAnimal(0, 5080, 4000);
            f.ticks(4);
            clear(observer);
            f.swing(duel.attacker(), 0.0);
            assertTrue(cow.health() < 500, "set-up: the cow was hit");
            assertEquals(seen, sink(observer).last(ServerPacket.Swing.class), "an animal is no object either");
        }

        @Test
        void knockbackPushesAway() {
            f.swing(duel.attacker(), 0.0);
            assertEquals(75, duel.target().health());
            f.ticks(1);
            assertTrue(duel.target().x() > 5080 + 10, "pushed +x: " + duel.target().x());
        }
    }
}
