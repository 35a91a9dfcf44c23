package dev.moomoo.game;

import dev.moomoo.game.data.AnimalKind;
import dev.moomoo.game.data.GameData;
import dev.moomoo.game.data.StoreItem;
import dev.moomoo.game.data.TestTables;
import dev.moomoo.game.delivery.V18Drawing;
import dev.moomoo.game.entity.Animal;
import dev.moomoo.game.entity.Player;
import dev.moomoo.game.port.Client;
import dev.moomoo.protocol.Profile;
import dev.moomoo.protocol.ServerCodec;
import dev.moomoo.protocol.ServerKind;
import dev.moomoo.protocol.ServerPacket;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.moomoo.game.Sinks.clear;
import static dev.moomoo.game.Sinks.sink;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Crab King (src/site/rules.md#the-crab-king). The v1.9 client's own numbers (its table of animals, typed
 * here): type 11, hp 480,000, damage 45, killScore 4000, scale 280, weightM 0, viewRange 1800, hitRange
 * 400, hitDelay 700; its pool is the largest, (-2500, 7200) r 1150; W kinds 4 red (the claw, with its
 * line's end), 3 orange, 2 white, 1 blue; I states 1 going under, 2 under, 3 rising. The rest is from
 * rules.md: claw 700 ms / slam 1200 / geysers 1500 / dive 2200 windups at full health, x0.8 at most two
 * thirds of its health and x0.6 at most a third; the claw deals 45 along a line 680 from its centre;
 * the Crab Shell for 5% of its health (24,000); its moves in the order claw, slam, geysers, dive.
 */
class CrabKingTest {
    private static final double DT = 1000.0 / 9;
    private static final double KING_X = -2500;
    private static final double KING_Y = 7200;
    private final GameData data = TestTables.withCrabShell();
    private final GameFixture f = new GameFixture(GameFixture.quiet().withSecretArea(true, true), data);

    private Animal king() {
        return f.admin.crabKing().king();
    }

    @Test
    void itsRowIsTheClientsCrabKing() {
        AnimalKind k = data.animal(11);
        assertEquals(480_000, k.hp());
        assertEquals(45, k.damage());
        assertEquals(4000, k.score());
        assertEquals(280, k.scale());
        assertEquals(0, k.weight());
        assertEquals(1800, k.view());
        assertEquals(400, k.strike().range(), "hitRange");
        assertEquals(700, k.strike().delay(), "hitDelay");
    }

    @Test
    void itRisesAloneInTheLargestPoolAndIsDrawnAsTheCrabKing() {
        Animal k = king();
        assertEquals(KING_X, k.x());
        assertEquals(KING_Y, k.y());
        assertEquals(1, f.admin.animals().size(), "alone");
        Player p = f.spawnAt("diver", KING_X, 6700);
        ServerPacket.AnimalState seen = sink(p).last(ServerPacket.UpdateAnimals.class).animals().getFirst();
        assertEquals(11, seen.type());
        assertEquals(480_000, seen.health());
    }

    @Test
    void itsMovesComeInTurnEachTelegraphedItsWindupAhead() {
        Player p = f.spawnAt("fighter", KING_X, 6700);
        List<ServerPacket.Telegraph> seen = new ArrayList<>();
        List<double[]> kingAt = new ArrayList<>();
        for (int i = 0; i < 120 && seen.size() < 4; i++) {
            for (ServerPacket.Telegraph w : sink(p).all(ServerPacket.Telegraph.class)) {
                seen.add(w);
                kingAt.add(new double[] {king().x(), king().y()});
            }
            clear(p);
            p.restore(100);
            f.ticks(1);
        }
        assertEquals(List.of(4, 3, 2, 1), seen.stream().map(ServerPacket.Telegraph::style).toList(), "claw, slam, geysers, dive");
        assertEquals(List.of(700, 1200, 1500, 2200), seen.stream().map(ServerPacket.Telegraph::durationMs).toList(), "at full health");
        ServerPacket.Telegraph claw = seen.getFirst();
        assertEquals(kingAt.getFirst()[0], claw.x(), 1e-9, "the claw's line starts at its centre");
        assertNotNull(claw.x2(), "and has an end");
        assertEquals(680, Math.hypot(claw.x2() - claw.x(), claw.y2() - claw.y()), 1e-6, "280 of body and 400 of hitRange");
        assertNull(seen.get(1).x2(), "the slam is a circle");
        ServerPacket.Telegraph dive = seen.get(3);
        assertTrue(Math.hypot(dive.x() - KING_X, dive.y() - KING_Y) <= 1150 - 280 + 1e-6, "it rises with its whole body in its pool");
    }

    @Test
    void theClawStrikesItsWindupAfterItsTelegraph() {
        Player p = f.spawnAt("fighter", KING_X, 6700); // 500 north: on the claw's line
        assertEquals(1, sink(p).all(ServerPacket.Telegraph.class).size(), "the claw's telegraph came");
        int ticksToStrike = (int) Math.ceil(700 / DT);
        f.ticks(ticksToStrike - 1);
        assertEquals(100, p.health(), 1e-9, "nothing before the windup is over");
        f.ticks(1);
        assertEquals(100 - 45, p.health(), 1e-9, "the King's damage");
    }

    @Test
    void eachMoveDealsItsDamageWhereItsTelegraphShowed() {
        Player p = f.spawnAt("fighter", KING_X, 6700); // stands still: every move's telegraph is on or around it
        List<Double> blows = new ArrayList<>();
        List<ServerPacket.Telegraph> seen = new ArrayList<>();
        for (int i = 0; i < 120 && blows.size() < 4; i++) {
            seen.addAll(sink(p).all(ServerPacket.Telegraph.class));
            clear(p);
            f.ticks(1);
            if (p.health() < 100) {
                blows.add(100 - p.health());
                ServerPacket.Telegraph w = seen.getLast();
                if (w.x2() == null) { // a circle (the claw's line is checked above)
                    assertTrue(Math.hypot(p.x() - w.x(), p.y() - w.y()) <= w.radius() + 35 + 1e-6, "struck within the circle it showed");
                }
                p.restore(100);
            }
        }
        assertEquals(List.of(45.0, 70.0, 35.0, 60.0), blows, "claw, slam, geysers, dive (rules.md#the-crab-king)");
    }

    @Test
    void itFightsFasterAsItsHealthDrops() {
        king().wound(480_000 / 2.0); // half: below two thirds
        Player p = f.spawnAt("fighter", KING_X, 6700);
        assertEquals(560, sink(p).last(ServerPacket.Telegraph.class).durationMs(), "700 x 0.8");
        GameFixture low = new GameFixture(GameFixture.quiet().withSecretArea(true, true), data);
        low.admin.crabKing().king().wound(480_000 - 150_000); // below a third
        Player q = low.spawnAt("fighter", KING_X, 6700);
        assertEquals(420, sink(q).last(ServerPacket.Telegraph.class).durationMs(), "700 x 0.6");
    }

    @Test
    void nothingHurtsItWhileItDivesAndIStatesShowEachMove() {
        Player p = f.spawnAt("fighter", KING_X, 6700);
        List<Integer> states = new ArrayList<>();
        boolean triedUnder = false;
        for (int i = 0; i < 150; i++) {
            int state = sink(p).last(ServerPacket.UpdateAnimals.class).animals().getFirst().state();
            if (states.isEmpty() || states.getLast() != state) {
                states.add(state);
            }
            if (state == 2 && !triedUnder) {
                double before = king().health();
                f.admin.strike(p, king(), 1000);
                assertEquals(before, king().health(), "under water: out of reach");
                triedUnder = true;
            }
            p.restore(100);
            f.ticks(1);
        }
        assertTrue(triedUnder);
        assertEquals(List.of(6, 0, 4, 0, 5, 0, 1, 2, 3, 6), states.subList(0, 10),
                "claw, rest, slam, rest, geysers, rest, going under, under, rising, and the claw again");
        double before = king().health();
        f.admin.strike(p, king(), 1000);
        assertEquals(before - 1000, king().health(), 1e-9, "above water it takes the blow");
    }

    @Test
    void itsDeathIsAnnouncedAndWhoTookAShareGetsTheShellAndTheBadge() {
        Player slayer = f.spawnAt("slayer", KING_X, 6700);
        Player helper = f.spawn(f.connect(Client.NoticeDisplay.PANEL), "helper");
        f.place(helper, KING_X + 300, 6700);
        long score = slayer.score();
        f.admin.strike(slayer, king(), 30_000); // over 5% (24,000)
        f.admin.strike(helper, king(), 10_000); // under
        king().wound(king().health() - 1);
        assertTrue(f.admin.strike(slayer, king(), 5), "the last blow");
        assertFalse(king().present(), "away after its death");
        assertEquals(score + 4000, slayer.score(), "its killScore");
        StoreItem shell = data.storeItem(false, 61);
        assertTrue(slayer.outfit().owns(shell), "the Crab Shell");
        assertTrue(sink(slayer).all(ServerPacket.StoreState.class).contains(new ServerPacket.StoreState(0, 61, false)), "told as after a purchase");
        assertFalse(helper.outfit().owns(shell), "under the share");
        assertTrue(sink(helper).all(ServerPacket.Chat.class).stream().anyMatch(c -> c.sid() == -1 && c.message().contains("Crab King has fallen to slayer")),
                "everyone is told");
        f.ticks(27);
        ServerPacket.Leaderboard board = sink(helper).last(ServerPacket.Leaderboard.class);
        assertEquals(List.of(slayer.sid()), board.crabKillers(), "the crab badge");
    }

    @Test
    void itComesBackAfterItsDelayAtFullHealthInItsPool() {
        GameFixture quick = new GameFixture(GameFixture.quiet().withSecretArea(true, true).withCrabKingRespawn(1000), data);
        Animal k = quick.admin.crabKing().king();
        Player p = quick.spawnAt("slayer", KING_X, 6700);
        k.wound(k.health() - 1);
        quick.admin.strike(p, k, 5);
        assertFalse(k.present());
        quick.ticks((int) Math.ceil(1000 / DT) + 1);
        assertTrue(k.present(), "back after crab-king-respawn-ms");
        assertEquals(480_000, k.health());
        assertEquals(KING_X, k.x());
        assertEquals(KING_Y, k.y());
    }

    @Test
    void theConsoleStartsTheFightAndFindsTheFalls() {
        GameFixture none = new GameFixture(GameFixture.quiet(), data);
        assertNull(none.admin.crabKing().king(), "crab-king off: no King");
        assertEquals("the Crab King rises in its pool", none.admin.startCrabKing());
        assertEquals(KING_X, none.admin.crabKing().king().x());
        assertEquals(-900, WorldAdmin.FALLS_X);
        assertEquals(6760, WorldAdmin.FALLS_Y);
        GameFixture closed = new GameFixture(GameFixture.quiet().withSecretArea(false, true), data);
        assertNull(closed.admin.crabKing(), "no area, no King");
        assertTrue(closed.admin.startCrabKing().startsWith("the secret area is closed"));
    }

    @Test
    void olderClientsSeeMoostafaWithItsBarAndNoTelegraph() {
        // animals.tsv names MOOSTAFA (6) as the King's stand-in for v1.8 clients (src/site/rules.md#older-clients)
        Animal k = king();
        V18Drawing v18 = new V18Drawing(data);
        ServerCodec era2 = new ServerCodec(Profile.ERA_2);
        assertEquals(List.of(List.of(k.sid(), 6, KING_X, KING_Y, k.dir(), 18_000, k.view().nameIndex())),
                era2.args(v18.adapt(new ServerPacket.UpdateAnimals(List.of(k.view())))), "MOOSTAFA (type 6) at its full 18,000");
        k.wound(480_000 / 4.0);
        assertEquals(13_500, ((List<?>) era2.args(v18.adapt(new ServerPacket.UpdateAnimals(List.of(k.view())))).getFirst()).get(5),
                "three quarters full");
        assertFalse(Profile.ERA_2.sends(ServerKind.TELEGRAPH), "a v1.8 client is sent no W");
        assertTrue(Profile.V19.sends(ServerKind.TELEGRAPH));
        assertEquals(11, ((List<?>) new ServerCodec(Profile.V19).args(new ServerPacket.UpdateAnimals(List.of(k.view()))).getFirst()).get(1),
                "v1.9 draws the King");
    }
}
