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
