package dev.moomoo.game;

import dev.moomoo.game.entity.ObjectType;
import dev.moomoo.game.entity.Player;
import dev.moomoo.game.entity.Resource;
import dev.moomoo.game.entity.WorldObject;
import dev.moomoo.game.port.Client;
import dev.moomoo.protocol.ServerPacket;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import static dev.moomoo.game.Sinks.sink;
import static org.junit.jupiter.api.Assertions.*;

/**
 * A keyframe of a client's view (src/site/recording-format.md, "Type 4: keyframe"): what a client joining
 * as it would be sent now, made at the start of a tick, from the packets of a spawn and of a view
 * (src/site/protocol.md), without sending anything or changing what the world remembers was sent.
 */
class KeyframeTest {
    private final GameFixture f = new GameFixture();

    private List<ServerPacket> keyframe(Client c) throws Exception {
        CompletableFuture<List<ServerPacket>> k = f.world.keyframe(c);
        assertFalse(k.isDone(), "made on the tick thread, at the next tick");
        f.world.tick();
        return k.get();
    }

    @Test
    void aKeyframeIsAFreshJoinOfTheViewNowAndChangesNothingTheWorldRemembers() throws Exception {
        Player me = f.spawnAt("me", 3000, 3000);
        Player other = f.spawnAt("other", 3200, 3000);
        WorldObject tree = f.admin.spawnObject(ObjectType.TREE, 3000, 3300, 150);
        f.ticks(2);
        f.admin.grant(me.sid(), Resource.WOOD, 40);
        f.ticks(1);
        int sentBefore = sink(me).packets.size();

        List<ServerPacket> k = keyframe(me.client());

        assertInstanceOf(ServerPacket.TribeList.class, k.get(0), "the tribe list, as on opening");
        assertEquals(new ServerPacket.SetupGame(me.sid()), k.get(1));
        ServerPacket.AddPlayer self = assertInstanceOf(ServerPacket.AddPlayer.class, k.get(2));
        assertTrue(self.isYou());
        assertTrue(k.contains(new ServerPacket.Stat("wood", 40, true)), "the resources of now, not of a new life");
        assertTrue(k.stream().anyMatch(p -> p instanceof ServerPacket.AddPlayer a && !a.isYou() && a.player().sid() == other.sid()),
                "the other player in view, as if it just entered it");
        assertTrue(k.stream().anyMatch(p -> p instanceof ServerPacket.AddObjects h && h.objects().stream().anyMatch(o -> o.sid() == tree.sid())),
                "the tree in view, as if never sent");
        ServerPacket.UpdatePlayers update = (ServerPacket.UpdatePlayers) k.stream().filter(ServerPacket.UpdatePlayers.class::isInstance)
                .findFirst().orElseThrow();
        assertEquals(List.of(me.sid(), other.sid()), update.players().stream().map(ServerPacket.PlayerState::sid).sorted().toList());
        assertInstanceOf(ServerPacket.Leaderboard.class, k.getLast(), "the board last");

        // nothing was sent for it, and the next tick sends what it would have: no H of the tree again, no D of the other
        List<ServerPacket> after = sink(me).packets.subList(sentBefore, sink(me).packets.size());
        assertFalse(after.stream().anyMatch(p -> p instanceof ServerPacket.AddObjects || p instanceof ServerPacket.AddPlayer
                || p instanceof ServerPacket.SetupGame), "the client was sent no part of the keyframe: " + after);
        assertTrue(me.sight().hasObject(tree.sid()) && me.sight().hasPlayer(other.sid()), "what it was sent is remembered as before");
    }

    /** The sids of the objects of every {@code H} of {@code k}. */
    private static List<Integer> objectSids(List<ServerPacket> k) {
        return k.stream().filter(ServerPacket.AddObjects.class::isInstance)
                .flatMap(p -> ((ServerPacket.AddObjects) p).objects().stream()).map(ServerPacket.ObjectInfo::sid).sorted().toList();
    }

    @Test
    void aKeyframeAlsoHoldsTheObjectsTheClientKeepsBeyondItsViewWhichItIsNeverSentAgainAliveOrDead() throws Exception {
        WorldObject far = f.admin.spawnObject(ObjectType.ROCK, 9000, 9000, 90);
        WorldObject near = f.admin.spawnObject(ObjectType.TREE, 3000, 3300, 150);
        Player me = f.spawnAt("me", 9000, 8800); // sees the rock
        assertTrue(me.sight().hasObject(far.sid()), "the rock was sent");
        f.place(me, 3000, 3000); // far from it now: 6,000 away, beyond the view and its margin
        f.ticks(2);
        assertTrue(me.sight().hasObject(near.sid()), "the tree was sent");

        List<ServerPacket> alive = keyframe(me.client());
        assertEquals(List.of(far.sid(), near.sid()).stream().sorted().toList(), objectSids(alive),
                "the tree in view and the rock its client still holds; walking back, the rock will not be sent again");
        assertInstanceOf(ServerPacket.Leaderboard.class, alive.getLast(), "the board still last");

        f.hurt(me, 1000);
        f.ticks(1);
        assertFalse(me.alive());
        List<ServerPacket> dead = keyframe(me.client());
        assertInstanceOf(ServerPacket.TribeList.class, dead.getFirst());
        assertEquals(List.of(far.sid(), near.sid()).stream().sorted().toList(), objectSids(dead),
                "dead, its client still holds both, and its next life is not sent them again");
        assertFalse(dead.stream().anyMatch(p -> p instanceof ServerPacket.SetupGame || p instanceof ServerPacket.AddPlayer), "no greeting for the dead");

        f.admin.removeObject(far.sid());
        f.ticks(1);
        WorldObject reused = f.admin.spawnObject(ObjectType.ROCK, 9000, 3000, 90); // far from the dead player's spot
        assertEquals(far.sid(), reused.sid(), "the removed rock's sid is handed out again");
        assertEquals(List.of(near.sid()), objectSids(keyframe(me.client())),
                "a removed object is held no more, and the new one of its sid was never sent");
    }

    @Test
    void aKeyframeShowsNoObjectOfTheViewsMarginThatItsClientWasNotSentYet() throws Exception {
        // src/site/rules.md, "View": objects are sent within the view widened by 600 (1,848 across), scanned for after a player moved 300
        WorldObject edge = f.admin.spawnObject(ObjectType.ROCK, 5050, 3000, 90);
        Player me = f.spawnAt("me", 3000, 3000);
        assertFalse(me.sight().hasObject(edge.sid()), "1,960 away beyond its radius: not sent");
        f.place(me, 3250, 3000);
        f.ticks(1);
        assertFalse(me.sight().hasObject(edge.sid()), "1,710 away now, within the margin, but 250 moved is no new scan");
        assertFalse(objectSids(keyframe(me.client())).contains(edge.sid()),
                "not in the keyframe either: its removal would go only to the clients that hold it, and a spectator would keep it drawn");
        f.place(me, 3400, 3000);
        f.ticks(1);
        assertTrue(me.sight().hasObject(edge.sid()), "sent after 400 moved");
        assertTrue(objectSids(keyframe(me.client())).contains(edge.sid()), "and in the keyframe from then on");
    }

    @Test
    void aClientOnTheMenuGetsTheTribeListAndOneThatLeftNothing() throws Exception {
        Client menu = f.connect();
        f.ticks(1);
        List<ServerPacket> k = keyframe(menu);
        assertEquals(1, k.size());
        assertInstanceOf(ServerPacket.TribeList.class, k.getFirst());
        f.world.leave(menu);
        f.ticks(1);
        assertEquals(List.of(), keyframe(menu));
    }
}
