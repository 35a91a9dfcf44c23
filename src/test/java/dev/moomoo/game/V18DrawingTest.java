package dev.moomoo.game;

import dev.moomoo.game.data.GameData;
import dev.moomoo.game.delivery.V18Drawing;
import dev.moomoo.game.entity.Animal;
import dev.moomoo.game.entity.Player;
import dev.moomoo.game.entity.Resource;
import dev.moomoo.protocol.ServerPacket;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.moomoo.game.Sinks.seenBy;
import static dev.moomoo.game.Sinks.sink;
import static org.junit.jupiter.api.Assertions.*;

/**
 * What a v1.8 client is sent of what it cannot draw (src/site/rules.md#older-clients), beside a client
 * that draws everything: an animal type above 8 as the nearest kind it has with its health bar's share,
 * a hat above 58 as none, the emerald variant (4) as the ruby (3). The stand-ins are typed here from the
 * rule, not read from the table.
 */
class V18DrawingTest {
    private final GameFixture f = new GameFixture();

    private static ServerPacket.AnimalState seen(Player viewer, Animal a) {
        return sink(viewer).last(ServerPacket.UpdateAnimals.class).animals().stream().filter(s -> s.sid() == a.sid()).findFirst().orElseThrow();
    }

    @Test
    void newAnimalsAreShownToAV18ClientAsTheNearestKindItHasWithTheSameShareOfHealth() {
        Player full = f.spawnAt("full", 5000, 4000);
        Player old = f.spawn(f.connectV18(), "old");
        f.place(old, 5000, 4000);
        record Case(int type, int shownAs, int hp, int standInHp) {
        }
        List<Case> cases = List.of(new Case(9, 2, 900, 1800), new Case(10, 3, 3200, 2800), new Case(12, 0, 650, 500),
                new Case(13, 4, 500, 300), new Case(14, 4, 250, 300));
        int n = 0;
        for (Case c : cases) {
            Animal a = f.admin.spawnAnimal(c.type(), 4600 + 200 * n++, 4300);
            a.wound(c.hp() / 2.0);
            f.ticks(1);
            ServerPacket.AnimalState toFull = seen(full, a);
            ServerPacket.AnimalState toOld = seen(old, a);
            assertEquals(c.type(), toFull.type());
            assertEquals(Math.round(c.hp() / 2.0), toFull.health());
            assertEquals(c.shownAs(), toOld.type(), "type " + c.type() + " as " + c.shownAs());
            assertEquals(Math.round(c.standInHp() / 2.0), toOld.health(), "half of the stand-in's health: the bar shows half");
            assertEquals(toFull.sid(), toOld.sid());
            assertEquals(toFull.x(), toOld.x());
            assertEquals(toFull.nameIndex(), toOld.nameIndex());
        }
    }

    @Test
    void aHatAbove58IsShownAsNoneAndTheEmeraldAsTheRubyToAV18Client() {
        Player full = f.spawnAt("full", 5000, 4000);
        Player old = f.spawn(f.connectV18(), "old");
        f.place(old, 5100, 4000);
        Player wearer = f.spawnAt("wearer", 5200, 4000);
        f.admin.giveStoreItem(wearer.sid(), f.world.data().storeItem(false, 61));
        f.wear(wearer, Gear.CRAB_SHELL);
        f.grant(wearer, Resource.WOOD, 20_000); // the emerald's weapon XP
        f.ticks(2);
        assertEquals(61, seenBy(full, wearer).skinIndex());
        assertEquals(4, seenBy(full, wearer).weaponVariant());
        assertEquals(0, seenBy(old, wearer).skinIndex(), "no hat rather than another hat's look");
        assertEquals(3, seenBy(old, wearer).weaponVariant(), "the ruby, the best it has");
        assertEquals(wearer.x(), seenBy(old, wearer).x());

        f.dress(wearer, Gear.BOOSTER_HAT);
        f.ticks(1);
        assertEquals(12, seenBy(old, wearer).skinIndex(), "a hat it has is shown as it is");
    }

    @Test
    void aV18ClientIsNotToldItOwnsOrWearsAHatItLacks() {
        Player old = f.spawn(f.connectV18(), "old");
        f.admin.giveStoreItem(old.sid(), f.world.data().storeItem(false, 61));
        f.ticks(1);
        assertNull(sink(old).last(ServerPacket.StoreState.class), "5 for hat 61 is not sent");
        f.admin.giveStoreItem(old.sid(), f.world.data().storeItem(false, 58));
        f.ticks(1);
        assertEquals(new ServerPacket.StoreState(0, 58, false), sink(old).last(ServerPacket.StoreState.class), "hat 58 it has");
    }

    @Test
    void packetsWithNothingToReplaceAreTheSameInstance() {
        V18Drawing v18 = new V18Drawing(GameData.standard());
        ServerPacket cows = new ServerPacket.UpdateAnimals(List.of(new ServerPacket.AnimalState(1, 0, 10, 20, 0, 500, 3)));
        assertSame(cows, v18.adapt(cows), "encoded once for every viewer still");
        List<ServerPacket.PlayerState> plain = List.of(new ServerPacket.PlayerState(1, 0, 0, 0, -1, 0, 3, null, false, 58, 21, 0, 0));
        assertSame(plain, v18.adapt(plain));
    }
}
