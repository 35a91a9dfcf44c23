package dev.moomoo.game;

import dev.moomoo.game.data.StoreItem;
import dev.moomoo.game.entity.Animal;
import dev.moomoo.game.entity.Building;
import dev.moomoo.game.entity.ObjectType;
import dev.moomoo.game.entity.Player;
import dev.moomoo.game.entity.Resource;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.ServerPacket;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.BiConsumer;

import static dev.moomoo.game.Blueprint.SPIKES;
import static dev.moomoo.game.Blueprint.TURRET;
import static dev.moomoo.game.Blueprint.WOOD_WALL;
import static dev.moomoo.game.Gear.*;
import static dev.moomoo.game.Sinks.seenBy;
import static dev.moomoo.game.Sinks.sink;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The store and what hats and accessories do, against src/site/rules.md#store: ids, prices
 * and effect numbers below are typed from the sheet (in {@link Gear}), not read from the store table.
 */
class StoreTest {
    private static final double TICK = 1000.0 / 9;
    /** src/site/rules.md#store: the Shame! hat, never sold nor worn by choice. */
    private static final int SHAME_HAT = 45;

    private final GameFixture f = new GameFixture();
    /** At (3000, 3000) with no points, wearing nothing: the one whose gear is under test where a test needs only one. */
    private final Player wearer = f.spawnAt("wearer", 3000, 3000);

    /** A duel at row {@code row} of the field, 400 below the row before: out of the other rows' and the wearer's reach. */
    private Duel duel(int row) {
        return f.duel(5000, 3000 + 400 * row);
    }

    /** Checks each case on a duel of its own, one row of the field each. */
    private <C> void eachOnADuelOfItsOwn(List<C> cases, BiConsumer<C, Duel> check) {
        int row = 0;
        for (C c : cases) {
            check.accept(c, duel(row++));
        }
    }

    /** Dresses a player in gear: bought and worn, or for the earned Crab Shell given by an admin and worn. */
    private void dressOrGive(Player p, Gear gear) {
        if (gear == CRAB_SHELL) {
            assertTrue(f.admin.giveStoreItem(p.sid(), f.world.data().storeItem(false, gear.id())));
            f.wear(p, gear);
            assertEquals(gear.id(), p.hatId(), "set-up: " + p.name() + " wears the Crab Shell");
        } else {
            f.dress(p, gear);
        }
    }

    /** One tool hammer blow at {@code angle}, then the hammer's 300 ms reload runs out before anything else is asked of it. */
    private void hitOnce(Player attacker, double angle) {
        f.swing(attacker, angle);
        f.ticks(4);
    }

    /** src/site/rules.md#buying-and-wearing */
    @Nested
    class BuyingAndWearing {
        @Test
        void freeHatsAreOwnedFromTheStartButShameIsNeverBoughtNorWorn() {
            f.wear(wearer, MOO_CAP); // price 0
            assertEquals(51, wearer.hatId());
            assertEquals(new ServerPacket.StoreState(1, 51, false), sink(wearer).last(ServerPacket.StoreState.class));
            f.grant(wearer, Resource.GOLD, 100_000);
            request(true, SHAME_HAT);
            request(false, SHAME_HAT);
            assertEquals(51, wearer.hatId(), "Shame! is not for sale and not worn by choice");
            assertEquals(100_000, wearer.resource(Resource.GOLD));
            f.wear(wearer, MONKEY_TAIL); // no accessory is free
            assertEquals(0, wearer.accessoryId());
        }

        @Test
        void buyingCostsItsPriceInPointsOnceAndWearingNeedsOwning() {
            f.wear(wearer, BOOSTER_HAT);
            assertEquals(0, wearer.hatId(), "the Booster Hat is not owned yet");
            f.grant(wearer, Resource.GOLD, 5999);
            f.buy(wearer, BOOSTER_HAT);
            assertEquals(5999, wearer.resource(Resource.GOLD), "6000 points needed");
            assertNull(sink(wearer).last(ServerPacket.StoreState.class));
            f.grant(wearer, Resource.GOLD, 1);
            f.buy(wearer, BOOSTER_HAT);
            assertEquals(0, wearer.resource(Resource.GOLD));
            assertEquals(new ServerPacket.StoreState(0, 12, false), sink(wearer).last(ServerPacket.StoreState.class), "5 [0, id, false]: owned");
            assertEquals(new ServerPacket.Stat("points", 0, true), sink(wearer).last(ServerPacket.Stat.class));
            f.grant(wearer, Resource.GOLD, 6000);
            f.buy(wearer, BOOSTER_HAT);
            assertEquals(6000, wearer.resource(Resource.GOLD), "what is owned is not bought twice");
            f.wear(wearer, BOOSTER_HAT);
            assertEquals(new ServerPacket.StoreState(1, 12, false), sink(wearer).last(ServerPacket.StoreState.class), "5 [1, id, false]: worn");
            request(false, 0);
            assertEquals(0, wearer.hatId());
            assertEquals(new ServerPacket.StoreState(1, 0, false), sink(wearer).last(ServerPacket.StoreState.class), "equip 0 takes it off");
        }

        @Test
        void purchasesAndWhatIsWornLastAcrossDeathAndOthersSeeThemInA() {
            Player other = f.spawnAt("other", 3200, 3000);
            f.dress(wearer, BULL_HELMET);
            f.dress(wearer, ANGEL_WINGS);
            f.ticks(1);
            ServerPacket.PlayerState seen = seenBy(other, wearer);
            assertNotNull(seen, "in the other's view");
            assertEquals(7, seen.skinIndex());
            assertEquals(13, seen.tailIndex());
            f.hurt(wearer, 100);
            assertFalse(wearer.alive());
            f.send(wearer, new ClientPacket.Spawn("wearer", false, 0));
            f.ticks(1);
            assertTrue(wearer.alive());
            assertEquals(7, wearer.hatId(), "still worn after respawning");
            assertEquals(13, wearer.accessoryId());
            request(false, 0); // equipping 0 takes the hat off
            f.wear(wearer, BULL_HELMET);
            assertEquals(7, wearer.hatId(), "and still owned");
        }

        @Test
        void aShamedPlayerShowsShameWhileItsHatStillWorks() {
            f.dress(wearer, BOOSTER_HAT);
            wearer.shame().shameUntil(f.world.timeMillis() + 30_000);
            f.ticks(1);
            assertEquals(SHAME_HAT, wearer.state().skinIndex(), "Shame! is shown");
            assertEquals(1.16, wearer.modifiers().speed(), 1e-9, "the Booster Hat still speeds it");
        }

        @Test
        void theCrabShellIsNeverBoughtButOnceGivenIsOwnedWornAndKeptAcrossDeath() {
            f.grant(wearer, Resource.GOLD, 100_000);
            request(true, CRAB_SHELL.id());
            request(false, CRAB_SHELL.id());
            assertEquals(0, wearer.hatId(), "not sold (price 0 in the client, but not free) and not owned");
            assertEquals(100_000, wearer.resource(Resource.GOLD));
            assertNull(sink(wearer).last(ServerPacket.StoreState.class), "refused without an answer");
            StoreItem shell = f.world.data().storeItem(false, CRAB_SHELL.id());
            assertTrue(f.admin.giveStoreItem(wearer.sid(), shell));
            assertEquals(new ServerPacket.StoreState(0, 61, false), sink(wearer).last(ServerPacket.StoreState.class), "told as after a purchase");
            f.wear(wearer, CRAB_SHELL);
            assertEquals(61, wearer.hatId());
            f.hurt(wearer, 200);
            assertFalse(wearer.alive());
            f.send(wearer, new ClientPacket.Spawn("wearer", false, 0));
            f.ticks(1);
            assertEquals(61, wearer.hatId(), "kept across death, like a bought hat");
            assertFalse(f.admin.giveStoreItem(wearer.sid(), f.world.data().storeItem(false, SHAME_HAT)), "Shame! is not given");
        }

        @Test
        void theScoutHatAndFrostHelmAreSoldAtTheirPrices() {
            for (Gear g : List.of(SCOUT_HAT, FROST_HELM)) {
                f.grant(wearer, Resource.GOLD, g.price() - 1);
                f.buy(wearer, g);
                assertEquals(g.price() - 1, wearer.resource(Resource.GOLD), g + " costs " + g.price());
                f.grant(wearer, Resource.GOLD, 1);
                f.buy(wearer, g);
                assertEquals(0, wearer.resource(Resource.GOLD));
                f.wear(wearer, g);
                assertEquals(g.id(), wearer.hatId());
            }
        }

        /** {@code c [buy, id, false]}: buys or equips the hat of {@code id}; one tick. */
        private void request(boolean buy, int hatId) {
            f.send(wearer, new ClientPacket.Store(buy, hatId, false));
            f.ticks(1);
        }
    }

    /** src/site/rules.md#effects: {@code speed}, {@code coldProof}, {@code swimmer}. */
    @Nested
    class Movement {
        /** The speed after one tick of moving right from rest, from the velocity. */
        private double firstTickSpeed(Player p, double x, double y) {
            f.place(p, x, y);
            f.walk(p, 0.0);
            f.ticks(1);
            return p.vx();
        }

        @Test
        void speedHatsAndAccessoriesScaleTheAcceleration() {
            record Case(Gear gear, double speed) {
            }
            Player plain = f.spawnAt("plain", 3000, 4000);
            double base = firstTickSpeed(plain, 3000, 4000);
            List<Case> cases = List.of(new Case(BOOSTER_HAT, 1.16), new Case(SOLDIER_HELMET, 0.94), new Case(BULL_HELMET, 0.96),
                    new Case(EMP_HELMET, 0.7), new Case(TANK_GEAR, 0.3), new Case(ASSASSIN_GEAR, 1.1), new Case(TURRET_GEAR, 0.7),
                    new Case(MONKEY_TAIL, 1.35), new Case(SHADOW_WINGS, 1.1),
                    new Case(SCOUT_HAT, 1.08), new Case(FROST_HELM, 0.94), new Case(CRAB_SHELL, 0.92), new Case(DASH_CAPE, 1.05));
            int row = 0;
            for (Case c : cases) {
                Player p = f.spawnAt("s" + row, 4000 + 300 * row++, 4000); // a row on grass, clear of snow and river
                dressOrGive(p, c.gear());
                double v = firstTickSpeed(p, p.x(), 4000);
                assertEquals(base * c.speed(), v, 1e-9, c.gear().toString());
            }
        }

        @Test
        void theWinterCapTakesAwayTheSnowSlowdown() {
            Player plain = f.spawnAt("plain", 3000, 1000);
            Player warm = f.spawnAt("warm", 5000, 1000);
            f.dress(warm, WINTER_CAP);
            double cold = firstTickSpeed(plain, 3000, 1000);
            double capped = firstTickSpeed(warm, 5000, 1000);
            assertEquals(cold / 0.75, capped, 1e-9, "snow x0.75, not with the cap");
            Player frost = f.spawnAt("frost", 7000, 1000);
            f.dress(frost, FROST_HELM);
            assertEquals(cold / 0.75 * 0.94, firstTickSpeed(frost, 7000, 1000), 1e-9, "the Frost Helm: normal speed in the snow, x0.94");
            Player winter = f.spawnAt("winter", 9000, 1000);
            f.dress(winter, WINTER_CAPE);
            assertEquals(cold / 0.75, firstTickSpeed(winter, 9000, 1000), 1e-9, "the Winter Cape: no snow slowdown");
            Player snowball = f.spawnAt("snowball", 11_000, 1000);
            f.dress(snowball, SNOWBALL);
            assertEquals(cold / 0.75 * (1 - 0.25 / 2), firstTickSpeed(snowball, 11_000, 1000), 1e-9, "the Snowball: half the slowdown");
        }

        @Test
        void theFlipperHatSwimsAtThreeQuartersAndFeelsFourTenthsOfTheCurrent() {
            Player swimmer = f.spawnAt("swimmer", 3000, 7200);
            f.dress(swimmer, FLIPPER_HAT);
            f.place(swimmer, 3000, 7200);
            f.walk(swimmer, Math.PI / 2); // across the current, so only the current moves x
            f.ticks(1);
            double accel = 0.0016 * TICK;
            double decay = Math.pow(0.993, TICK);
            assertEquals(0.0011 * 0.4 * TICK * decay, swimmer.vx(), 1e-9, "the current at 0.4");
            assertEquals(accel * 0.75 * decay, swimmer.vy(), 1e-9, "x0.75 in the water");
        }
    }

    /** src/site/rules.md#once-a-second: {@code regen} and {@code points}. */
    @Nested
    class OnceASecond {
        @Test
        void medicGearApplesAndWingsHealEverySecondAndTheBullHelmetHurts() {
            record Case(Gear gear, int perSecond) {
            }
            List<Case> cases = List.of(new Case(MEDIC_GEAR, 3), new Case(APPLE_BASKET, 1), new Case(ANGEL_WINGS, 3), new Case(BULL_HELMET, -5));
            int row = 0;
            for (Case c : cases) {
                Player p = f.spawnAt("h" + row, 5000, 3000 + 300 * row++);
                f.dress(p, c.gear());
                f.hurt(p, 50);
                double before = p.health();
                f.ticks(18);
                assertEquals(before + 2 * c.perSecond(), p.health(), "two seconds of " + c.gear());
            }
        }

        @Test
        void theBullHelmetCanWearItsWearerDown() {
            f.dress(wearer, BULL_HELMET);
            f.hurt(wearer, 96);
            f.ticks(9);
            assertFalse(wearer.alive(), "4 health and 5 a second");
            assertEquals(0, wearer.kills(), "dying of one's own hat is no kill");
        }

        @Test
        void theWindmillHatEarnsOneAndAHalfPointsASecond() {
            f.dress(wearer, WINDMILL_HAT);
            f.ticks(18);
            assertEquals(3, wearer.resource(Resource.GOLD), "2 s x 1.5");
        }
    }

    /** src/site/rules.md#damage-and-knockback and #effects: what the gear of either side does to a blow. */
    @Nested
    class Blows {
        @Test
        void damageTakenAndDealtFollowSoldierBullHelmetBloodthirsterAndMonkeyTail() {
            // the hammer hits for 25 (src/site/rules.md#weapons)
            record Case(Gear gear, boolean wornByAttacker, double targetLoses) {
            }
            List<Case> cases = List.of( // src/site/rules.md#damage-and-knockback: health keeps its fractions
                    new Case(SOLDIER_HELMET, false, 18.75), // taken x0.75
                    new Case(BULL_HELMET, true, 37.5), // dealt x1.5
                    new Case(BLOODTHIRSTER, true, 30), // x1.2
                    new Case(MONKEY_TAIL, true, 5), // x0.2
                    new Case(SCOUT_HAT, false, 28), // taken x1.12
                    new Case(FROST_HELM, false, 22), // taken x0.88
                    new Case(CRAB_SHELL, false, 21.25)); // taken x0.85
            eachOnADuelOfItsOwn(cases, (c, duel) -> {
                dressOrGive(c.wornByAttacker() ? duel.attacker() : duel.target(), c.gear());
                hitOnce(duel.attacker(), 0.0);
                assertEquals(100 - c.targetLoses(), duel.target().health(), c.gear().toString());
            });
        }

        @Test
        void spikeGearSawbladeAndCorruptXHurtTheMeleeAttackerBack() {
            record Case(Gear gear, double attackerLoses) {
            }
            List<Case> cases = List.of(
                    new Case(SPIKE_GEAR, 11.25), // 25 x 0.45
                    new Case(SAWBLADE, 3.75), // 25 x 0.15
                    new Case(CORRUPT_X, 6.25), // 25 x 0.25
                    new Case(CRAB_SHELL, 7.5)); // 25 x 0.3
            eachOnADuelOfItsOwn(cases, (c, duel) -> {
                dressOrGive(duel.target(), c.gear());
                hitOnce(duel.attacker(), 0.0);
                assertEquals(c.gear() == CRAB_SHELL ? 100 - 25 * 0.85 : 75, duel.target().health());
                assertEquals(100 - c.attackerLoses(), duel.attacker().health(), c.gear().toString());
            });
        }

        @Test
        void darkKnightBloodthirsterAndBloodWingsHealFromTheDamageDealt() {
            record Case(Gear gear, double heals) {
            }
            List<Case> cases = List.of(
                    new Case(DARK_KNIGHT, 10), // 25 x 0.4
                    new Case(BLOODTHIRSTER, 7.5), // 30 x 0.25
                    new Case(BLOOD_WINGS, 5)); // 25 x 0.2
            eachOnADuelOfItsOwn(cases, (c, duel) -> {
                Player attacker = duel.attacker();
                f.dress(attacker, c.gear());
                f.hurt(attacker, 50);
                hitOnce(attacker, 0.0);
                assertEquals(50 + c.heals(), attacker.health(), c.gear().toString());
                assertTrue(sink(attacker).all(ServerPacket.FloatingText.class).stream().anyMatch(t -> t.value() == Math.round(-c.heals())),
                        "the healing shown to it as a negative number (green in the client), rounded");
            });
        }

        /** src/site/rules.md#damage-and-knockback: health keeps the fractions of each blow; {@code O} shows it rounded. */
        @Test
        void aSoldierHelmetsFractionsAddUpAndOShowsThemRounded() {
            Duel duel = duel(0);
            Player observer = f.spawnAt("observer", 5000, 3300);
            f.dress(duel.target(), SOLDIER_HELMET);
            for (int i = 0; i < 4; i++) {
                hitOnce(duel.attacker(), 0.0);
                f.place(duel.target(), 5080, 3000); // back in reach after the knockback
            }
            assertEquals(100 - 4 * 18.75, duel.target().health(), 1e-9, "25 x 0.75 four times: 25 left, not 24");
            List<Integer> shown = sink(observer).all(ServerPacket.Health.class).stream()
                    .filter(h -> h.sid() == duel.target().sid()).map(ServerPacket.Health::health).toList();
            assertEquals(List.of(81, 63, 44, 25), shown, "81.25, 62.5, 43.75 and 25, rounded (half up)");
        }

        @Test
        void theBarbarianArmorThrowsTheAttackerBack() {
            Duel duel = duel(0);
            f.dress(duel.target(), BARBARIAN_ARMOR);
            f.press(duel.attacker(), 0.0);
            f.ticks(1);
            assertEquals(-0.6, duel.attacker().vx(), 1e-9, "pushed back 0.6, away from whom it hit (swings come after movement in the tick)");
        }

        @Test
        void thePlagueMaskPoisonsFiveASecondForSixSecondsUnlessTheTargetWearsAntiVenom() {
            Duel plain = duel(0);
            Duel immune = duel(1);
            f.dress(plain.attacker(), PLAGUE_MASK);
            f.dress(immune.attacker(), PLAGUE_MASK);
            f.dress(immune.target(), ANTI_VENOM);
            hitOnce(plain.attacker(), 0.0);
            hitOnce(immune.attacker(), 0.0);
            f.ticks(9 * 8);
            assertEquals(100 - 25 - 6 * 5, plain.target().health(), "the blow, then 5 a second for 6 s");
            assertEquals(75, immune.target().health(), "Anti Venom: only the blow");
        }

        @Test
        void theSamuraiArmorShortensTheReload() {
            Player plain = f.spawnAt("plain", 5000, 3000);
            f.dress(wearer, SAMURAI_ARMOR);
            f.press(wearer, 0.0);
            f.ticks(1);
            assertEquals(300 * 0.78, wearer.loadout().reloadLeft(GameFixture.TOOL_HAMMER), 1e-9, "300 ms x 0.78");

            // src/site/rules.md#weapons: held down, a weapon is used every ceil(reload / tick) + 1 ticks, and
            // each weapon keeps its own reload: the hand axe's 400 ms make it every 5th tick, 400 x 0.78 = 312 every 4th
            f.wield(plain, 1);
            f.wield(wearer, 1);
            f.press(plain, 0.0);
            f.press(wearer, 0.0);
            f.ticks(20);
            assertEquals(4, swingsOf(plain), "ticks 1, 6, 11, 16");
            assertEquals(5, swingsOf(wearer), "ticks 1, 5, 9, 13, 17");
        }

        /** How many swings of its own a player was shown ({@code K}). */
        private static long swingsOf(Player p) {
            return sink(p).all(ServerPacket.Swing.class).stream().filter(s -> s.sid() == p.sid() && s.weaponIndex() == 1).count();
        }

        @Test
        void theTankGearHitsBuildingsThreeAndAThirdTimesHarder() {
            Player owner = f.spawnAt("owner", 3000, 3300);
            f.place(owner, 3000, 3000 - 90); // the wall lands at 3000 - 90 + 80 = 2990... ahead of it, facing down
            Building wall = f.build(owner, WOOD_WALL, Math.PI / 2);
            f.place(owner, 3000, 3300);
            f.dress(wearer, TANK_GEAR);
            f.place(wearer, wall.x(), wall.y() + 80);
            hitOnce(wearer, -Math.PI / 2);
            assertEquals(380 - 82.5, wall.health(), 1e-9, "25 x 3.3, not rounded");
        }

        @Test
        void theMinersHelmetGivesAPointForEachResourceStruck() {
            f.admin.spawnObject(ObjectType.TREE, 3100, 3000, 50);
            f.dress(wearer, MINERS_HELMET);
            hitOnce(wearer, 0.0);
            assertEquals(1, wearer.resource(Resource.WOOD), "the hammer gathers 1");
            assertEquals(1, wearer.resource(Resource.GOLD), "and the helmet 1 point");
        }
    }

    /** src/site/rules.md#shots and #turrets: {@code shotRange}, {@code shotCost}, {@code turretProof} and the Turret Gear. */
    @Nested
    class ShotsAndTurrets {
        @Test
        void theMarksmanCapShootsFartherAndFasterAndTheMusketeerHatPaysHalf() {
            f.wield(wearer, GameFixture.HUNTING_BOW);
            f.dress(wearer, MARKSMAN_CAP);
            f.grant(wearer, Resource.WOOD, GameFixture.ARROW_WOOD);
            f.swing(wearer, 0.0);
            ServerPacket.AddProjectile x = sink(wearer).last(ServerPacket.AddProjectile.class);
            assertEquals(1300, x.range(), 1e-9, "1000 x 1.3");
            assertEquals(1.6 * 1.3, x.speed(), 1e-9);
            assertEquals(0, wearer.resource(Resource.WOOD));
            f.ticks(10);
            f.dress(wearer, MUSKETEER_HAT);
            f.grant(wearer, Resource.WOOD, 2);
            f.swing(wearer, 0.0);
            assertEquals(2, sink(wearer).all(ServerPacket.AddProjectile.class).size(), "2 wood buys a bow shot");
            assertEquals(0, wearer.resource(Resource.WOOD));
        }

        @Test
        void theEmpHelmetHidesItsWearerFromTurretsAndTheTurretGearShoots() {
            Player owner = f.spawnAt("owner", 3000, 5000); // its turret 2000 from the wearer: out of its 700
            f.build(owner, TURRET, 0.0);
            Player emp = f.spawnAt("emp", 3400, 5000);
            f.dress(emp, EMP_HELMET);
            f.ticks(9 * 3);
            assertEquals(100, emp.health(), "the turret never shoots at an Emp Helmet");
            assertTrue(sink(emp).all(ServerPacket.TurretShot.class).isEmpty());

            Player gunner = f.spawnAt("gunner", 6000, 6000);
            Player target = f.spawnAt("target", 6500, 6000);
            f.dress(gunner, TURRET_GEAR);
            f.place(target, 6500, 6000);
            f.ticks(9 * 3);
            ServerPacket.AddProjectile shot = sink(target).all(ServerPacket.AddProjectile.class).stream()
                    .filter(x -> x.index() == 1).findFirst().orElse(null);
            assertNotNull(shot, "the Turret Gear shoots the turret's projectile (1) at a player within 700");
            assertTrue(target.health() < 100, "and hits it");
        }
    }

    /** src/site/rules.md#death-kill-reward-and-respawn: {@code killReward} and {@code goldSteal}. */
    @Nested
    class Kills {
        @Test
        void theScavengerDoublesAKillsRewardAndTheThiefTakesHalfTheVictimsPointsInstead() {
            Duel scavenging = duel(0);
            Player scavenger = scavenging.attacker();
            Player victim = scavenging.target();
            f.dress(scavenger, SCAVENGER_GEAR);
            f.hurt(victim, 90);
            hitOnce(scavenger, 0.0);
            assertFalse(victim.alive());
            assertEquals(200, scavenger.resource(Resource.GOLD), "100 x age 1 x 2");

            Duel stealing = duel(1);
            Player thief = stealing.attacker();
            Player rich = stealing.target();
            f.dress(thief, THIEF_GEAR);
            f.grant(rich, Resource.GOLD, 1000);
            f.hurt(rich, 90);
            hitOnce(thief, 0.0);
            assertFalse(rich.alive());
            assertEquals(500, thief.resource(Resource.GOLD), "half the victim's 1000 points, not 100");
        }
    }

    /**
     * src/site/rules.md#effects: the accessories whose effects the v1.9 client describes. Sizes from their
     * descriptions; Thorns' heal (3) and the Devils Tail's bleeding (5 a second) are the reconstructed
     * settings' defaults.
     */
    @Nested
    class DescribedAccessories {
        @Test
        void treeStoneAndCookieCapesGiveOneMoreOfTheirResourcePerNodeHit() {
            record Case(Gear gear, ObjectType node, Resource resource) {
            }
            List<Case> cases = List.of(new Case(TREE_CAPE, ObjectType.TREE, Resource.WOOD),
                    new Case(STONE_CAPE, ObjectType.ROCK, Resource.STONE), new Case(COOKIE_CAPE, ObjectType.BUSH, Resource.FOOD));
            int row = 0;
            for (Case c : cases) {
                Player p = f.spawnAt("g" + row, 5000, 3000 + 400 * row);
                Player plain = f.spawnAt("p" + row, 8000, 3000 + 400 * row++);
                f.dress(p, c.gear());
                f.admin.spawnObject(c.node(), p.x() + 100, p.y(), 50);
                f.admin.spawnObject(c.node(), plain.x() + 100, plain.y(), 50);
                hitOnce(p, 0.0);
                hitOnce(plain, 0.0);
                assertEquals(1, plain.resource(c.resource()), "the hammer gathers 1");
                assertEquals(2, p.resource(c.resource()), c.gear() + ": one more");
            }
            Player rock = f.spawnAt("rock", 11_000, 3000);
            f.dress(rock, TREE_CAPE);
            f.admin.spawnObject(ObjectType.ROCK, rock.x() + 100, rock.y(), 50);
            hitOnce(rock, 0.0);
            assertEquals(1, rock.resource(Resource.STONE), "the Tree Cape adds wood, and only from trees");
        }

        @Test
        void theCowCapeGivesHalfAgainTheCowsPointsAndFoodAndNothingMoreFromASheep() {
            f.dress(wearer, COW_CAPE);
            long pointsBefore = wearer.resource(Resource.GOLD);
            Animal cow = f.admin.spawnAnimal(0, wearer.x() + 75, wearer.y());
            cow.wound(cow.health() - 10);
            hitOnce(wearer, 0.0);
            assertEquals(pointsBefore + 225, wearer.resource(Resource.GOLD), "150 x 1.5");
            assertEquals(75, wearer.resource(Resource.FOOD), "50 x 1.5");
            Animal sheep = f.admin.spawnAnimal(12, wearer.x() + 75, wearer.y());
            sheep.wound(sheep.health() - 10);
            hitOnce(wearer, 0.0);
            assertEquals(pointsBefore + 225 + 200, wearer.resource(Resource.GOLD), "a sheep is no cow");
        }

        @Test
        void theSkullCapeTriplesTheRewardForKillingTheKillLeader() {
            Duel d = duel(0);
            f.dress(d.attacker(), SKULL_CAPE);
            d.target().progress().countKill(); // the only player with a kill: the skull is its
            f.ticks(1);
            assertEquals(Player.SKULL, d.target().state().iconIndex(), "set-up: the target is the kill leader");
            f.hurt(d.target(), 90);
            hitOnce(d.attacker(), 0.0);
            assertFalse(d.target().alive());
            assertEquals(300, d.attacker().resource(Resource.GOLD), "100 x age 1 x 3");

            Duel plain = duel(1);
            f.dress(plain.attacker(), SKULL_CAPE);
            f.hurt(plain.target(), 90);
            hitOnce(plain.attacker(), 0.0);
            assertEquals(100, plain.attacker().resource(Resource.GOLD), "no skull, no bounty");
        }

        @Test
        void theTrollCapeDoublesTheRewardForAKillByTheWearersSpikes() {
            f.dress(wearer, TROLL_CAPE);
            Building spikes = f.build(wearer, SPIKES, 0.0);
            Player walker = f.spawnAt("walker", spikes.x() + 49 + 35 + 5, wearer.y());
            f.hurt(walker, 90);
            f.walk(walker, Math.PI);
            for (int t = 0; t < 9 && walker.alive(); t++) {
                f.ticks(1);
            }
            assertFalse(walker.alive(), "set-up: the spikes' 20 killed it");
            assertEquals(200, wearer.resource(Resource.GOLD), "100 x age 1 x 2");
        }

        @Test
        void theDragonCapeHitsFivePercentHarderForFiveSecondsAfterHittingAPlayer() {
            Duel d = duel(0);
            f.dress(d.attacker(), DRAGON_CAPE);
            hitOnce(d.attacker(), 0.0);
            assertEquals(75, d.target().health(), "the first hit: 25");
            f.place(d.target(), d.attacker().x() + 80, d.attacker().y()); // back in reach after the knockback
            hitOnce(d.attacker(), 0.0);
            assertEquals(75 - 26.25, d.target().health(), 1e-9, "within 5 s: x1.05");
            f.ticks(46); // 5.1 s without hitting
            f.place(d.target(), d.attacker().x() + 80, d.attacker().y());
            hitOnce(d.attacker(), 0.0);
            assertEquals(75 - 26.25 - 25, d.target().health(), 1e-9, "over after 5 s");
        }

        @Test
        void theSuperCapeAfterAKillHitsFivePercentHarderAndRunsFifteenPercentFasterForTenSeconds() {
            Duel d = duel(0);
            Player killer = d.attacker();
            f.dress(killer, SUPER_CAPE);
            f.hurt(d.target(), 90);
            hitOnce(killer, 0.0);
            assertFalse(d.target().alive());
            assertEquals(1.15, killer.modifiers().speed(), 1e-9, "15% faster");
            assertEquals(1.05, killer.modifiers().damage(), 1e-9, "5% more damage");
            f.ticks(9 * 10);
            assertEquals(1, killer.modifiers().speed(), 1e-9, "over after 10 s");
            assertEquals(1, killer.modifiers().damage(), 1e-9);
        }

        @Test
        void thornsHealTheWearerALittleForEachHitOnAPlayer() {
            Duel d = duel(0);
            f.dress(d.attacker(), THORNS);
            f.hurt(d.attacker(), 50);
            hitOnce(d.attacker(), 0.0);
            assertEquals(75, d.target().health());
            assertEquals(50 + 3, d.attacker().health(), 1e-9, "3 a hit (thorns-heal)");
        }

        @Test
        void blockadesTakeAQuarterOffTheDamageOfShots() {
            Duel d = duel(0);
            f.dress(d.target(), BLOCKADES);
            f.place(d.target(), d.attacker().x() + 300, d.attacker().y());
            f.wieldBowWithOneArrow(d.attacker());
            f.swing(d.attacker(), 0.0);
            f.ticks(5);
            assertEquals(100 - 25 * 0.75, d.target().health(), 1e-9, "an arrow's 25 x 0.75");
            Duel melee = duel(1);
            f.dress(melee.target(), BLOCKADES);
            hitOnce(melee.attacker(), 0.0);
            assertEquals(75, melee.target().health(), "melee as ever");
        }

        @Test
        void theDevilsTailMakesAHitPlayerBleedForTwoSeconds() {
            Duel d = duel(0);
            f.dress(d.attacker(), DEVILS_TAIL);
            hitOnce(d.attacker(), 0.0);
            f.ticks(27);
            assertEquals(75 - 2 * 5, d.target().health(), 1e-9, "25, then 5 a second for 2 s (bleed-damage)");
        }
    }

    /** src/site/rules.md#effects: {@code invisibleAfter} and {@code noEat}. */
    @Nested
    class TheAssassinGear {
        @Test
        void theAssassinGearHidesAStillWearerFromOthersAfterASecondAndForbidsEating() {
            Player watcher = f.spawnAt("watcher", 3300, 3000);
            f.dress(wearer, ASSASSIN_GEAR);
            f.ticks(12); // more than 1000 ms without moving, swinging or shooting
            assertNull(seenBy(watcher, wearer), "hidden from others");
            assertNotNull(seenBy(wearer, wearer), "but not from itself");
            f.swing(wearer, 0.0);
            f.ticks(1);
            assertNotNull(seenBy(watcher, wearer), "a swing shows it again");
            f.hurt(wearer, 30);
            f.grant(wearer, Resource.FOOD, 10);
            f.use(wearer, 0, null);
            assertEquals(70, wearer.health(), "it cannot eat");
            assertEquals(10, wearer.resource(Resource.FOOD));
        }
    }
}
