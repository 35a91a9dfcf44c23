package dev.moomoo.game;

import dev.moomoo.game.entity.ObjectType;
import dev.moomoo.game.entity.Player;
import dev.moomoo.game.entity.Resource;
import dev.moomoo.game.journal.Digest;
import dev.moomoo.protocol.ClientPacket;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The per-tick state digest (src/site/input-journal.md, "The state digest"): the same inputs give the
 * same digest in two worlds, and a change to one section's state shows in that section alone.
 */
class StateDigestTest {

    @Test
    void twoWorldsOfOneSeedGivenTheSameInputsEndInTheSameDigest() {
        assertEquals(played(42), played(42));
        assertNotEquals(played(42), played(43), "another seed places the objects elsewhere");
    }

    /** A world of {@code seed} with bots and one player walking, after 60 ticks. */
    private static Digest played(long seed) {
        GameFixture f = new GameFixture(GameConfig.defaults().withSeed(seed).withObjects(40, 20, 20, 5).withAnimals(Map.of("cow", 3, "wolf", 2)));
        f.world.admin().addBots(3);
        Player p = f.spawn("walker");
        f.walk(p, 0.5);
        f.ticks(60);
        return f.world.digest();
    }

    @Test
    void eachChangeShowsInItsSectionsOnly() {
        GameFixture f = new GameFixture();
        Player alice = f.spawnAt("alice", 3000, 3000);
        Player bob = f.spawnAt("bob", 3100, 3000);

        assertChanges(f, Set.of(Digest.Section.PLAYERS), w -> w.admin().teleport(bob.sid(), 3200, 3000));
        assertChanges(f, Set.of(Digest.Section.OBJECTS), w -> w.admin().spawnObject(ObjectType.TREE, 5000, 5000, 100));
        assertChanges(f, Set.of(Digest.Section.ANIMALS), w -> w.admin().spawnAnimal(0, 6000, 6000));
        assertChanges(f, Set.of(Digest.Section.PLAYERS, Digest.Section.LEADERBOARD), w -> w.admin().grant(alice.sid(), Resource.GOLD, 500));
        assertChanges(f, Set.of(Digest.Section.PLAYERS, Digest.Section.TRIBES), w -> {
            f.send(alice, new ClientPacket.CreateTribe("herd"));
            w.tick();
        });
    }

    private static void assertChanges(GameFixture f, Set<Digest.Section> expected, Consumer<World> change) {
        Digest before = f.world.digest();
        change.accept(f.world);
        Digest after = f.world.digest();
        Set<Digest.Section> changed = EnumSet.noneOf(Digest.Section.class);
        List<Digest.Part> a = before.parts();
        List<Digest.Part> b = after.parts();
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                changed.add(a.get(i).section());
            }
        }
        assertEquals(expected, changed, before.differences(after));
    }
}
