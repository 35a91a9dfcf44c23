package dev.moomoo.game;

import dev.moomoo.game.entity.ObjectType;
import dev.moomoo.game.entity.Player;
import dev.moomoo.game.entity.WorldObject;
import dev.moomoo.protocol.ServerPacket;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.moomoo.game.Sinks.clear;
import static dev.moomoo.game.Sinks.sink;
import static dev.moomoo.game.Sinks.wasSent;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Object sids are reused, so what each client was sent stays bounded; a removal reaches every client
 * that was sent the object, wherever it is now, and only those.
 */
class ObjectRegistryTest {
    private final GameFixture f = new GameFixture();

    @Test
    void aRemovalReachesEveryReceiverWhereverItIsNowAndOnlyThem() {
        Player near = f.spawnAt("near", 3000, 3000);
        Player walkedAway = f.spawnAt("away", 3100, 3000);
        Player neverSaw = f.spawnAt("never", 9000, 9000);
        WorldObject tree = f.admin.spawnObject(ObjectType.TREE, 3000, 3300, 150);
        f.ticks(1);
        assertTrue(wasSent(walkedAway, tree.sid()), "in view: it was sent the tree");
        f.place(walkedAway, 12_000, 12_000); // far out of view: the client still keeps the tree
        f.ticks(1);
        clear(near, walkedAway, neverSaw);

        assertTrue(f.admin.removeObject(tree.sid()));
        ServerPacket.RemoveObject q = new ServerPacket.RemoveObject(tree.sid());
        assertEquals(List.of(q), sink(near).all(ServerPacket.RemoveObject.class));
        assertEquals(List.of(q), sink(walkedAway).all(ServerPacket.RemoveObject.class), "told though far away");
        assertEquals(List.of(), sink(neverSaw).all(ServerPacket.RemoveObject.class), "never sent it: never told");
        assertFalse(f.admin.removeObject(tree.sid()), "gone");
    }

    @Test
    void aSidFreedInATickIsNotHandedOutInThatTickButIsLater() {
        WorldObject first = f.admin.spawnObject(ObjectType.ROCK, 1000, 1000, 90);
        f.admin.removeObject(first.sid());
        WorldObject sameTick = f.admin.spawnObject(ObjectType.ROCK, 1000, 1000, 90);
        assertNotEquals(first.sid(), sameTick.sid(), "a client told Q for it this tick could take the new H for the old");
        f.ticks(1);
        WorldObject later = f.admin.spawnObject(ObjectType.ROCK, 2000, 1000, 90);
        assertEquals(first.sid(), later.sid(), "reused from the next tick");
    }

    @Test
    void sidsAndSentSetsStayBoundedWhileObjectsComeAndGoAllDay() {
        Player p = f.spawnAt("watcher", 5000, 5000);
        for (int round = 0; round < 2_000; round++) {
            WorldObject o = f.admin.spawnObject(ObjectType.BUSH, 5000 + (round % 7) * 40, 5300, 80);
            f.ticks(1); // sent
            assertTrue(wasSent(p, o.sid()));
            f.admin.removeObject(o.sid());
            f.ticks(1);
        }
        // 2,000 objects came and went; at most one stood at a time, plus one freed in the same tick.
        assertTrue(f.admin.highestObjectSid() <= 2, "highest sid " + f.admin.highestObjectSid());
        assertTrue(p.sight().objectsBound() <= 3, "the sent set is as small as the world: " + p.sight().objectsBound());
        assertEquals(2_000, sink(p).all(ServerPacket.RemoveObject.class).size());
    }

    @Test
    void aLeavingPlayersSidIsTakenOffWhatItWasSent() {
        WorldObject tree = f.admin.spawnObject(ObjectType.TREE, 3000, 3300, 150);
        Player leaver = f.spawn("leaver");
        f.place(leaver, 3000, 3000);
        f.ticks(1);
        assertTrue(tree.receivers().has(leaver.sid()));
        int sid = leaver.sid();
        f.world.leave(leaver.client());
        f.ticks(1);
        assertFalse(tree.receivers().has(sid), "a new player under the same sid was never sent it");
        Player next = f.spawn("next"); // takes the freed sid
        assertEquals(sid, next.sid());
        f.place(next, 9000, 9000);
        f.ticks(1);
        // it may have been sent the tree where it spawned; if so it holds it, else it knows nothing of it
        boolean sentToNext = wasSent(next, tree.sid());
        assertEquals(sentToNext, tree.receivers().has(sid), "the sent set says what this player was sent, not the last one's");
        sink(next).clear();
        f.admin.removeObject(tree.sid());
        assertEquals(sentToNext ? List.of(new ServerPacket.RemoveObject(tree.sid())) : List.of(),
                sink(next).all(ServerPacket.RemoveObject.class));
    }
}
