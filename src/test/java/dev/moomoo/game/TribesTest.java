package dev.moomoo.game;

import dev.moomoo.game.entity.Building;
import dev.moomoo.game.entity.Player;
import dev.moomoo.game.entity.Resource;
import dev.moomoo.game.port.Client;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.ServerPacket;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Tribes against src/site/rules.md#tribes (and the item and weapon numbers of src/site/rules.md#weapons and #items-and-buildings
 * where a test needs them): every expected value below is typed from the sheet, not read from the code.
 * Packets go in through the clients' inboxes and the world is ticked by hand.
 */
class TribesTest {
    /** src/site/rules.md#tribes: the minimap every 3 s, a tick being 1000/9 ms: 27 ticks. */
    private static final int MINIMAP_TICKS = 27;
    /** A map ping at most once per 2200 ms: 19 ticks (2111 ms) after one is too soon, 20 (2222 ms) is not. */
    private static final int PING_TOO_SOON_TICKS = 19;

    private final GameFixture f = new GameFixture();

    // ---- helpers ----

    private static RecordingSink sink(Player p) {
        return GameFixture.sink(p);
    }

    /** {@code L [name]} from {@code p}; one tick. */
    private void create(Player p, String name) {
        f.send(p, new ClientPacket.CreateTribe(name));
        f.ticks(1);
    }

    /** {@code b [tribe]} from {@code asker}, then {@code P [sid, 1]} from the leader; two ticks. */
    private void join(Player leader, Player asker, String tribe) {
        f.send(asker, new ClientPacket.JoinTribe(tribe));
        f.ticks(1);
        f.send(leader, new ClientPacket.AnswerJoin(asker.sid(), true));
        f.ticks(1);
        assertEquals(tribe, asker.tribeName(), "set-up: " + asker.name() + " joined " + tribe);
    }

    /** A tribe founded by {@code leader}, with {@code members} let in one after the other. */
    private void tribe(String name, Player leader, Player... members) {
        create(leader, name);
        for (Player m : members) {
            join(leader, m, name);
        }
    }

    /** A client that joined the world and never spawned (it is on the menu). One tick. */
    private RecordingSink joinWithoutSpawning() {
        RecordingSink s = new RecordingSink();
        f.world.join(new Client(s, 64, "127.0.0.1"));
        f.ticks(1);
        return s;
    }

    private static void clear(Player... players) {
        for (Player p : players) {
            sink(p).clear();
        }
    }

    private static ServerPacket.TribeMembers members(Player... in) {
        List<ServerPacket.Member> list = new ArrayList<>();
        for (Player p : in) {
            list.add(new ServerPacket.Member(p.sid(), p.name()));
        }
        return new ServerPacket.TribeMembers(list);
    }

    /** A minimap's flat x, y list as a set of points (the sheet gives no order). */
    private static Set<List<Double>> points(ServerPacket.Minimap m) {
        List<Double> c = m.coordinates();
        assertEquals(0, c.size() % 2, "x, y pairs: " + c);
        Set<List<Double>> out = new HashSet<>();
        for (int i = 0; i < c.size(); i += 2) {
            out.add(List.of(c.get(i), c.get(i + 1)));
        }
        assertEquals(c.size() / 2, out.size(), "no point twice: " + c);
        return out;
    }

    private static List<Double> point(double x, double y) {
        return List.of(x, y);
    }

    private boolean sentInH(Player viewer, Building s) {
        return sink(viewer).all(ServerPacket.AddObjects.class).stream()
                .flatMap(a -> a.objects().stream()).anyMatch(o -> o.sid() == s.sid());
    }

    // ---- create ----

    @Test
    void creatingATribeTellsTheCreatorItLeadsItAndEveryClientThatItExists() {
        Player creator = f.spawnAt("creator", 3000, 3000);
        Player other = f.spawnAt("other", 6000, 6000);
        RecordingSink onTheMenu = joinWithoutSpawning();
        clear(creator, other);

        create(creator, "cows");

        ServerPacket.TribeAdded added = new ServerPacket.TribeAdded("cows", creator.sid());
        assertEquals(List.of(added), sink(creator).all(ServerPacket.TribeAdded.class), "g {sid: name, owner}");
        assertEquals(List.of(added), sink(other).all(ServerPacket.TribeAdded.class), "g to a client outside the tribe too");
        assertEquals(List.of(added), onTheMenu.all(ServerPacket.TribeAdded.class), "g to a client that has not spawned");
        assertEquals(List.of(new ServerPacket.MyTribe("cows", true)), sink(creator).all(ServerPacket.MyTribe.class), "3 [name, true]");
        assertEquals(List.of(members(creator)), sink(creator).all(ServerPacket.TribeMembers.class), "4 [[sid, name]]");
        assertTrue(sink(other).all(ServerPacket.MyTribe.class).isEmpty(), "3 only to the creator");
        assertTrue(sink(other).all(ServerPacket.TribeMembers.class).isEmpty(), "4 only to members");
        assertEquals(List.of(new ServerPacket.TribeInfo("cows", creator.sid())), f.world.tribeList());
    }

    @Test
    void theCreatorsStateInACarriesTheTribeAndThatItLeads() {
        Player creator = f.spawnAt("creator", 3000, 3000);
        Player watcher = f.spawnAt("watcher", 3300, 3000);
        assertNull(creator.state().team(), "no tribe yet");
        assertFalse(creator.state().isLeader());
        create(creator, "cows");
        assertEquals("cows", creator.state().team());
        assertTrue(creator.state().isLeader());
        f.ticks(1);
        ServerPacket.PlayerState seen = sink(watcher).last(ServerPacket.UpdatePlayers.class).players().stream()
                .filter(s -> s.sid() == creator.sid()).findFirst().orElseThrow();
        assertEquals("cows", seen.team(), "the a a viewer gets carries the team");
        assertTrue(seen.isLeader());
    }

    @Test
    void aTribeNameIsUniqueWhateverItsCase() {
        Player first = f.spawnAt("first", 3000, 3000);
        Player second = f.spawnAt("second", 6000, 6000);
        create(first, "cows");
        clear(first, second);
        create(second, "COWS");
        assertNull(second.tribeName(), "refused");
        assertTrue(sink(second).all(ServerPacket.MyTribe.class).isEmpty(), "no 3");
        assertTrue(sink(first).all(ServerPacket.TribeAdded.class).isEmpty(), "no g to anyone");
        assertTrue(sink(second).all(ServerPacket.TribeAdded.class).isEmpty());
        assertEquals(List.of(new ServerPacket.TribeInfo("cows", first.sid())), f.world.tribeList());
    }

    @Test
    void anEmptyOrBlankNameIsRefused() {
        Player p = f.spawnAt("p", 3000, 3000);
        create(p, "");
        create(p, "   ");
        create(p, " \u0007\t\u200b "); // control, tab and zero-width only
        assertNull(p.tribeName());
        assertTrue(sink(p).all(ServerPacket.TribeAdded.class).isEmpty(), "no g");
        assertTrue(sink(p).all(ServerPacket.MyTribe.class).isEmpty(), "no 3");
        assertTrue(f.world.tribeList().isEmpty());
    }

    @Test
    void aNameIsSanitisedAndHeldToSevenCharacters() {
        Player a = f.spawnAt("a", 3000, 3000);
        Player b = f.spawnAt("b", 6000, 6000);
        create(a, " \u0007cows "); // 7 characters: the codec lets it through
        assertEquals("cows", a.tribeName(), "control and zero-width characters and surrounding spaces go");
        assertEquals(new ServerPacket.MyTribe("cows", true), sink(a).last(ServerPacket.MyTribe.class));
        assertEquals(new ServerPacket.TribeAdded("cows", a.sid()), sink(b).last(ServerPacket.TribeAdded.class));
        // Past the codec (which refuses more than 7 characters) the server still holds names to 7.
        create(b, "ABCDEFGHIJ");
        assertEquals("ABCDEFG", b.tribeName(), "at most 7 characters");
        assertEquals(new ServerPacket.TribeAdded("ABCDEFG", b.sid()), sink(a).last(ServerPacket.TribeAdded.class));
    }

    @Test
    void aPlayerInATribeCannotCreateAnother() {
        Player leader = f.spawnAt("leader", 3000, 3000);
        Player member = f.spawnAt("member", 3300, 3000);
        tribe("cows", leader, member);
        clear(leader, member);
        create(leader, "pigs");
        create(member, "wolves");
        assertEquals("cows", leader.tribeName());
        assertEquals("cows", member.tribeName());
        assertTrue(sink(leader).all(ServerPacket.TribeAdded.class).isEmpty(), "no g");
        assertTrue(sink(leader).all(ServerPacket.MyTribe.class).isEmpty(), "no 3");
        assertTrue(sink(member).all(ServerPacket.MyTribe.class).isEmpty());
        assertEquals(List.of(new ServerPacket.TribeInfo("cows", leader.sid())), f.world.tribeList());
    }

    // ---- ask and answer ----

    @Test
    void askingPutsTheAskerToTheLeaderOnce() {
        Player leader = f.spawnAt("leader", 3000, 3000);
        Player asker = f.spawnAt("asker", 3300, 3000);
        create(leader, "cows");
        clear(leader, asker);
        f.send(asker, new ClientPacket.JoinTribe("cows"));
        f.ticks(1);
        assertEquals(List.of(new ServerPacket.JoinRequest(asker.sid(), "asker")), sink(leader).all(ServerPacket.JoinRequest.class),
                "2 [sid, name] to the leader");
        f.send(asker, new ClientPacket.JoinTribe("cows"));
        f.ticks(1);
        assertEquals(1, sink(leader).all(ServerPacket.JoinRequest.class).size(), "asking twice puts it to the leader once");
        assertTrue(sink(asker).all(ServerPacket.JoinRequest.class).isEmpty());
        assertNull(asker.tribeName(), "not in before the answer");
    }

    @Test
    void acceptingMakesTheAskerAMember() {
        Player leader = f.spawnAt("leader", 3000, 3000);
        Player asker = f.spawnAt("asker", 3300, 3000);
        create(leader, "cows");
        f.send(asker, new ClientPacket.JoinTribe("cows"));
        f.ticks(1);
        clear(leader, asker);
        f.send(leader, new ClientPacket.AnswerJoin(asker.sid(), true));
        f.ticks(1);
        assertEquals("cows", asker.tribeName());
        assertEquals(List.of(new ServerPacket.MyTribe("cows", false)), sink(asker).all(ServerPacket.MyTribe.class), "3 [name, false]");
        assertTrue(sink(leader).all(ServerPacket.MyTribe.class).isEmpty(), "the leader's 3 does not change");
        ServerPacket.TribeMembers both = members(leader, asker);
        assertEquals(List.of(both), sink(leader).all(ServerPacket.TribeMembers.class), "4 with both members");
        assertEquals(List.of(both), sink(asker).all(ServerPacket.TribeMembers.class), "4 with both members");
        assertEquals("cows", asker.state().team());
        assertFalse(asker.state().isLeader(), "a member does not lead");
        assertTrue(asker.isMateOf(leader));
        assertTrue(leader.isMateOf(asker));
    }

    @Test
    void refusingLeavesTheAskerOut() {
        Player leader = f.spawnAt("leader", 3000, 3000);
        Player asker = f.spawnAt("asker", 3300, 3000);
        create(leader, "cows");
        f.send(asker, new ClientPacket.JoinTribe("cows"));
        f.ticks(1);
        clear(leader, asker);
        f.send(leader, new ClientPacket.AnswerJoin(asker.sid(), false));
        f.ticks(1);
        assertNull(asker.tribeName());
        assertTrue(sink(asker).all(ServerPacket.MyTribe.class).isEmpty(), "no 3");
        assertTrue(sink(asker).all(ServerPacket.TribeMembers.class).isEmpty());
        assertTrue(sink(leader).all(ServerPacket.TribeMembers.class).isEmpty(), "no new 4");
        // The request is answered: a later yes for it lets nobody in.
        f.send(leader, new ClientPacket.AnswerJoin(asker.sid(), true));
        f.ticks(1);
        assertNull(asker.tribeName(), "a refused request cannot be accepted afterwards");
    }

    @Test
    void answeringForAPlayerThatNeverAskedDoesNothing() {
        Player leader = f.spawnAt("leader", 3000, 3000);
        Player stranger = f.spawnAt("stranger", 3300, 3000);
        create(leader, "cows");
        clear(leader, stranger);
        f.send(leader, new ClientPacket.AnswerJoin(stranger.sid(), true));
        f.send(leader, new ClientPacket.AnswerJoin(999, true));
        f.ticks(1);
        assertNull(stranger.tribeName());
        assertTrue(sink(stranger).all(ServerPacket.MyTribe.class).isEmpty());
        assertTrue(sink(leader).all(ServerPacket.TribeMembers.class).isEmpty());
    }

    @Test
    void onlyTheLeaderCanAnswer() {
        Player leader = f.spawnAt("leader", 3000, 3000);
        Player member = f.spawnAt("member", 3300, 3000);
        Player asker = f.spawnAt("asker", 3600, 3000);
        Player outsider = f.spawnAt("outsider", 3900, 3000);
        tribe("cows", leader, member);
        f.send(asker, new ClientPacket.JoinTribe("cows"));
        f.ticks(1);
        clear(leader, member, asker);
        f.send(member, new ClientPacket.AnswerJoin(asker.sid(), true));
        f.send(outsider, new ClientPacket.AnswerJoin(asker.sid(), true));
        f.ticks(1);
        assertNull(asker.tribeName(), "a member's or an outsider's yes lets nobody in");
        assertTrue(sink(asker).all(ServerPacket.MyTribe.class).isEmpty());
        assertTrue(sink(leader).all(ServerPacket.TribeMembers.class).isEmpty());
        f.send(leader, new ClientPacket.AnswerJoin(asker.sid(), true));
        f.ticks(1);
        assertEquals("cows", asker.tribeName(), "the request still waits for the leader");
    }

    // ---- kick ----

    @Test
    void theLeaderKicksAMember() {
        Player leader = f.spawnAt("leader", 3000, 3000);
        Player kicked = f.spawnAt("kicked", 3300, 3000);
        Player stays = f.spawnAt("stays", 3600, 3000);
        tribe("cows", leader, kicked, stays);
        clear(leader, kicked, stays);
        f.send(leader, new ClientPacket.KickMember(kicked.sid()));
        f.ticks(1);
        assertNull(kicked.tribeName());
        assertEquals(List.of(new ServerPacket.MyTribe(null, false)), sink(kicked).all(ServerPacket.MyTribe.class), "3 [null, false]");
        ServerPacket.TribeMembers rest = members(leader, stays);
        assertEquals(List.of(rest), sink(leader).all(ServerPacket.TribeMembers.class), "a fresh 4 without the kicked");
        assertEquals(List.of(rest), sink(stays).all(ServerPacket.TribeMembers.class));
        assertTrue(sink(kicked).all(ServerPacket.TribeMembers.class).isEmpty(), "the kicked is not sent the list");
        assertFalse(kicked.isMateOf(leader));
        assertNull(kicked.state().team());
        assertEquals(List.of(new ServerPacket.TribeInfo("cows", leader.sid())), f.world.tribeList(), "the tribe goes on");
    }

    @Test
    void aMemberCannotKick() {
        Player leader = f.spawnAt("leader", 3000, 3000);
        Player a = f.spawnAt("a", 3300, 3000);
        Player b = f.spawnAt("b", 3600, 3000);
        tribe("cows", leader, a, b);
        clear(leader, a, b);
        f.send(a, new ClientPacket.KickMember(b.sid()));
        f.send(a, new ClientPacket.KickMember(leader.sid()));
        f.ticks(1);
        assertEquals("cows", b.tribeName());
        assertEquals("cows", leader.tribeName());
        for (Player p : List.of(leader, a, b)) {
            assertTrue(sink(p).all(ServerPacket.MyTribe.class).isEmpty(), "no 3 to " + p.name());
            assertTrue(sink(p).all(ServerPacket.TribeMembers.class).isEmpty(), "no 4 to " + p.name());
        }
    }

    // ---- leave ----

    @Test
    void aMemberLeaving() {
        Player leader = f.spawnAt("leader", 3000, 3000);
        Player leaver = f.spawnAt("leaver", 3300, 3000);
        Player stays = f.spawnAt("stays", 3600, 3000);
        tribe("cows", leader, leaver, stays);
        clear(leader, leaver, stays);
        f.send(leaver, new ClientPacket.LeaveTribe());
        f.ticks(1);
        assertNull(leaver.tribeName());
        assertEquals(List.of(new ServerPacket.MyTribe(null, false)), sink(leaver).all(ServerPacket.MyTribe.class), "3 [null, false]");
        ServerPacket.TribeMembers rest = members(leader, stays);
        assertEquals(List.of(rest), sink(leader).all(ServerPacket.TribeMembers.class), "the rest get a new 4");
        assertEquals(List.of(rest), sink(stays).all(ServerPacket.TribeMembers.class));
        assertTrue(sink(leader).all(ServerPacket.TribeRemoved.class).isEmpty(), "the tribe goes on");
        assertEquals(List.of(new ServerPacket.TribeInfo("cows", leader.sid())), f.world.tribeList());
    }

    @Test
    void theLeaderLeavingEndsTheTribe() {
        Player leader = f.spawnAt("leader", 3000, 3000);
        Player a = f.spawnAt("a", 3300, 3000);
        Player b = f.spawnAt("b", 3600, 3000);
        Player outsider = f.spawnAt("outsider", 6000, 6000);
        RecordingSink onTheMenu = joinWithoutSpawning();
        tribe("cows", leader, a, b);
        clear(leader, a, b, outsider);
        onTheMenu.clear();
        f.send(leader, new ClientPacket.LeaveTribe());
        f.ticks(1);
        ServerPacket.TribeRemoved removed = new ServerPacket.TribeRemoved("cows");
        for (Player p : List.of(leader, a, b, outsider)) {
            assertEquals(List.of(removed), sink(p).all(ServerPacket.TribeRemoved.class), "1 [name] to " + p.name());
        }
        assertEquals(List.of(removed), onTheMenu.all(ServerPacket.TribeRemoved.class), "1 [name] to every client");
        for (Player p : List.of(leader, a, b)) {
            assertEquals(List.of(new ServerPacket.MyTribe(null, false)), sink(p).all(ServerPacket.MyTribe.class), "3 [null, false] to " + p.name());
            assertNull(p.tribeName());
        }
        assertTrue(sink(outsider).all(ServerPacket.MyTribe.class).isEmpty(), "3 only to members");
        assertFalse(a.isMateOf(b), "no tribe left to share");
        assertTrue(f.world.tribeList().isEmpty());
        create(outsider, "cows");
        assertEquals("cows", outsider.tribeName(), "the name is free again");
    }

    @Test
    void aMemberDisconnectingCountsAsLeaving() {
        Player leader = f.spawnAt("leader", 3000, 3000);
        Player gone = f.spawnAt("gone", 3300, 3000);
        Player stays = f.spawnAt("stays", 3600, 3000);
        tribe("cows", leader, gone, stays);
        clear(leader, stays);
        f.world.leave(gone.client());
        f.ticks(1);
        ServerPacket.TribeMembers rest = members(leader, stays);
        assertEquals(List.of(rest), sink(leader).all(ServerPacket.TribeMembers.class), "the rest get a new 4");
        assertEquals(List.of(rest), sink(stays).all(ServerPacket.TribeMembers.class));
        assertTrue(sink(leader).all(ServerPacket.TribeRemoved.class).isEmpty(), "the tribe goes on");
        assertEquals("cows", stays.tribeName());
        assertEquals(List.of(new ServerPacket.TribeInfo("cows", leader.sid())), f.world.tribeList());
    }

    @Test
    void theLeaderDisconnectingEndsTheTribe() {
        Player leader = f.spawnAt("leader", 3000, 3000);
        Player a = f.spawnAt("a", 3300, 3000);
        Player outsider = f.spawnAt("outsider", 6000, 6000);
        tribe("cows", leader, a);
        clear(a, outsider);
        f.world.leave(leader.client());
        f.ticks(1);
        assertEquals(List.of(new ServerPacket.TribeRemoved("cows")), sink(a).all(ServerPacket.TribeRemoved.class), "1 [name]");
        assertEquals(List.of(new ServerPacket.TribeRemoved("cows")), sink(outsider).all(ServerPacket.TribeRemoved.class), "1 [name] to everyone");
        assertEquals(List.of(new ServerPacket.MyTribe(null, false)), sink(a).all(ServerPacket.MyTribe.class), "3 [null, false]");
        assertNull(a.tribeName());
        assertTrue(f.world.tribeList().isEmpty());
    }

    // ---- members never hurt each other ----

    @Test
    void aSwingPassesOverAMateAndHitsAnEnemyBesideIt() {
        Player attacker = f.spawnAt("attacker", 5000, 4000);
        Player mate = f.spawnAt("mate", 5080, 4000); // straight ahead, in reach of the hammer (range 65)
        Player enemy = f.spawnAt("enemy", 5050, 4075); // in the same swing: 90 away, 56 degrees off the aim
        tribe("cows", attacker, mate);
        f.place(attacker, 5000, 4000);
        f.place(mate, 5080, 4000);
        f.place(enemy, 5050, 4075);
        f.ticks(1);
        f.send(attacker, new ClientPacket.Attack(true, 0.0)); // aiming at the mate
        f.ticks(1);
        assertEquals(75, enemy.health(), "control: the swing lands, 25 a tool hammer hit");
        f.ticks(11); // two more swings, every 4th tick
        f.send(attacker, new ClientPacket.Attack(false, null));
        f.ticks(1);
        assertEquals(100, mate.health(), "a mate is never hurt");
        assertEquals(5080, mate.x(), 1e-9, "nor knocked back");
        assertEquals(4000, mate.y(), 1e-9);
        assertTrue(sink(attacker).all(ServerPacket.Health.class).stream().noneMatch(h -> h.sid() == mate.sid()),
                "no health change of the mate is sent");
    }

    @Test
    void aMatesShotFliesThroughYou() {
        Player archer = f.spawnAt("archer", 3000, 3000);
        Player mate = f.spawnAt("mate", 3200, 3000); // in the line of fire
        Player enemy = f.spawnAt("enemy", 3450, 3000); // behind the mate
        tribe("cows", archer, mate);
        f.place(archer, 3000, 3000);
        f.place(mate, 3200, 3000);
        f.place(enemy, 3450, 3000);
        f.giveWeapon(archer, 9); // hunting bow: arrow 25 damage, 4 wood a shot
        f.grant(archer, Resource.WOOD, 4);
        f.send(archer, new ClientPacket.Select(9, true));
        f.ticks(1);
        f.send(archer, new ClientPacket.Attack(true, 0.0));
        f.ticks(1);
        f.send(archer, new ClientPacket.Attack(false, null));
        f.ticks(5);
        assertEquals(0, archer.resource(Resource.WOOD), "one arrow was shot");
        assertEquals(100, mate.health(), "the arrow flew through the mate");
        assertEquals(75, enemy.health(), "and hit the enemy behind it: 25");
    }

    @Test
    void aMatesSpikesDoNotHurt() {
        Player owner = f.spawnAt("owner", 3000, 3000);
        Player mate = f.spawnAt("mate", 3500, 3000);
        Player enemy = f.spawnAt("enemy", 3500, 3300);
        tribe("cows", owner, mate);
        f.grant(owner, Resource.WOOD, 20);
        f.grant(owner, Resource.STONE, 5);
        f.use(owner, 6, 0.0); // spikes: 20 wood, 5 stone, at 3000 + 35 + 49 - 5 = 3079, scale 49
        Building spikes = f.buildings(owner).getFirst();
        f.place(owner, 3000, 2800);
        f.place(mate, spikes.x() + 49 + 35 + 30, spikes.y()); // right of them
        f.place(enemy, spikes.x(), spikes.y() + 49 + 35 + 30); // below them
        f.send(mate, new ClientPacket.Move(Math.PI)); // into them
        f.send(enemy, new ClientPacket.Move(-Math.PI / 2)); // into them
        f.ticks(6);
        assertTrue(enemy.health() < 100, "control: spikes hurt an enemy (20 on touch): " + enemy.health());
        assertEquals(100, mate.health(), "a mate's spikes do not hurt");
        assertTrue(Math.hypot(mate.x() - spikes.x(), mate.y() - spikes.y()) < 49 + 35 + 5,
                "the mate did press against them: " + mate.x());
    }

    @Test
    void aMatesTurretShootsTheEnemyNotTheNearerMate() {
        Player owner = f.spawnAt("owner", 3000, 3000);
        Player mate = f.spawnAt("mate", 3500, 3000); // 573 from the turret
        Player enemy = f.spawnAt("enemy", 2927, 3650); // 650 from it, farther than the mate, within 700
        tribe("cows", owner, mate);
        f.place(owner, 3000, 3000);
        f.place(mate, 3500, 3000);
        f.place(enemy, 2927, 3650);
        f.giveItem(owner, 17);
        f.grant(owner, Resource.WOOD, 200);
        f.grant(owner, Resource.STONE, 150);
        f.use(owner, 17, Math.PI); // turret: 200 wood, 150 stone, at 3000 - (35 + 43 - 5) = 2927
        Building turret = f.buildings(owner).getFirst();
        assertEquals(17, turret.item().index());
        f.ticks(30); // it loads 2200 ms, shoots, and loads again: one shot
        List<ServerPacket.TurretShot> shots = sink(owner).all(ServerPacket.TurretShot.class);
        assertEquals(1, shots.size(), "one shot in 3.3 s");
        assertEquals(Math.atan2(enemy.y() - turret.y(), enemy.x() - turret.x()), shots.getFirst().dir(), 0.05,
                "aimed at the enemy, though the mate is nearer");
        assertEquals(75, enemy.health(), "25 a turret shot");
        assertEquals(100, mate.health(), "a mate's turret does not shoot at you");
    }

    @Test
    void aMatesTurretNeverFiresWithOnlyMatesInRange() {
        Player owner = f.spawnAt("owner", 3000, 3000);
        Player mate = f.spawnAt("mate", 3500, 3000);
        tribe("cows", owner, mate);
        f.place(owner, 3000, 3000);
        f.place(mate, 3500, 3000);
        f.giveItem(owner, 17);
        f.grant(owner, Resource.WOOD, 200);
        f.grant(owner, Resource.STONE, 150);
        f.use(owner, 17, Math.PI);
        assertEquals(1, f.buildings(owner).size(), "set-up: the turret stands");
        f.ticks(50); // more than two reloads of 2200 ms
        assertTrue(sink(owner).all(ServerPacket.TurretShot.class).isEmpty(), "no M");
        assertTrue(sink(mate).all(ServerPacket.AddProjectile.class).isEmpty(), "no shot");
        assertEquals(0, f.admin.projectilesInFlight());
        assertEquals(100, mate.health());
    }

    @Test
    void aMatesPitTrapIsSentToItOnJoiningAndDoesNotHoldIt() {
        Player owner = f.spawnAt("owner", 3000, 3000);
        Player mate = f.spawnAt("mate", 3000, 3400);
        Player enemy = f.spawnAt("enemy", 3400, 3400);
        f.giveItem(owner, 15);
        f.grant(owner, Resource.WOOD, 30);
        f.grant(owner, Resource.STONE, 30);
        f.use(owner, 15, 0.0); // pit trap: 30 wood, 30 stone, at 3000 + 35 + 50 - 5 = 3080
        Building trap = f.buildings(owner).getFirst();
        f.ticks(2);
        assertFalse(sentInH(mate, trap), "hidden from a non-tribe player");
        create(owner, "cows");
        f.send(mate, new ClientPacket.JoinTribe("cows"));
        f.ticks(1);
        f.send(owner, new ClientPacket.AnswerJoin(mate.sid(), true));
        f.ticks(1);
        assertTrue(sentInH(mate, trap), "the joiner is sent the tribe's traps (H)");
        assertFalse(sentInH(enemy, trap), "still hidden from others");

        f.place(mate, trap.x(), trap.y() + 35 + 10 - 5); // on it: within 35 + 50 x 0.2
        f.place(enemy, 3400, 3400);
        double startY = mate.y();
        f.send(mate, new ClientPacket.Move(Math.PI / 2 * 3)); // up, across it
        f.ticks(9);
        assertTrue(mate.y() < startY - 50, "a mate's trap does not hold it: moved " + (startY - mate.y()));
        assertTrue(trap.hidden(), "a mate does not spring it");
        assertFalse(sentInH(enemy, trap), "so others are still not sent it");
    }

    @Test
    void aMemberWhoLeavesIsToldTheFormerMatesHiddenTrapsAreGoneAndCannotHitThem() {
        Player owner = f.spawnAt("owner", 3000, 3000);
        Player mate = f.spawnAt("mate", 3000, 3400);
        tribe("cows", owner, mate);
        f.giveItem(owner, 15);
        f.grant(owner, Resource.WOOD, 30);
        f.grant(owner, Resource.STONE, 30);
        f.use(owner, 15, 0.0);
        Building trap = f.buildings(owner).getFirst();
        f.ticks(1);
        assertTrue(sentInH(mate, trap));
        sink(mate).clear();
        f.send(mate, new ClientPacket.LeaveTribe());
        f.ticks(1);
        assertTrue(sink(mate).all(ServerPacket.RemoveObject.class).contains(new ServerPacket.RemoveObject(trap.sid())),
                "Q for the unsprung trap it may no longer see");
        assertTrue(trap.hidden());
        f.ticks(10);
        assertFalse(sink(mate).all(ServerPacket.AddObjects.class).stream().flatMap(a -> a.objects().stream()).anyMatch(o -> o.sid() == trap.sid()),
                "and it is not sent again");
    }

    @Test
    void aPlayerFoundsAtMostOneTribeInThreeSeconds() {
        Player p = f.spawnAt("p", 3000, 3000);
        create(p, "cows");
        f.send(p, new ClientPacket.LeaveTribe());
        f.ticks(1);
        create(p, "pigs");
        assertNull(p.tribeName(), "founding again at once is refused: each founding and ending is told to every client");
        f.ticks(27);
        create(p, "pigs");
        assertEquals("pigs", p.tribeName());
    }

    @Test
    void aPitTrapPlacedByAMateIsSentToTheOtherMembersAtOnce() {
        Player owner = f.spawnAt("owner", 3000, 3000);
        Player mate = f.spawnAt("mate", 3000, 3400);
        Player enemy = f.spawnAt("enemy", 3400, 3400);
        tribe("cows", owner, mate);
        f.giveItem(owner, 15);
        f.grant(owner, Resource.WOOD, 30);
        f.grant(owner, Resource.STONE, 30);
        f.use(owner, 15, 0.0);
        Building trap = f.buildings(owner).getFirst();
        f.ticks(1);
        assertTrue(sentInH(mate, trap), "mates see each other's traps");
        assertFalse(sentInH(enemy, trap), "hidden from non-tribe players");
    }

    @Test
    void aMemberCanStillHitAMatesWall() {
        Player owner = f.spawnAt("owner", 3000, 3000);
        Player mate = f.spawnAt("mate", 3500, 3000);
        tribe("cows", owner, mate);
        f.grant(owner, Resource.WOOD, 10);
        f.use(owner, 3, 0.0); // wood wall: 380 hp, at 3080
        Building wall = f.buildings(owner).getFirst();
        assertEquals(380, wall.health());
        f.place(owner, 3000, 3600); // out of the swing
        f.place(mate, wall.x(), wall.y() + 35 + 50); // right below it
        f.ticks(1);
        f.send(mate, new ClientPacket.Attack(true, -Math.PI / 2)); // aiming up at it
        f.ticks(1);
        f.send(mate, new ClientPacket.Attack(false, null));
        f.ticks(1);
        assertEquals(380 - 25, wall.health(), "one tool hammer hit: 25");
        assertTrue(sink(mate).all(ServerPacket.Wiggle.class).stream().anyMatch(w -> w.objectSid() == wall.sid()), "it wiggled");
    }

    // ---- minimap ----

    @Test
    void everyThreeSecondsEachMemberIsSentWhereItsLivingMatesAre() {
        Player a = f.spawnAt("a", 3000, 3000);
        Player b = f.spawnAt("b", 3600, 3000);
        Player c = f.spawnAt("c", 4200, 3000);
        Player solo = f.spawnAt("solo", 6000, 6000);
        Player outsider = f.spawnAt("outsider", 8000, 3000);
        tribe("cows", a, b, c);
        create(solo, "pigs");
        f.place(a, 3000.4, 3000.6);
        f.place(b, 3600.6, 3200.4);
        f.place(c, 4200, 3400);
        // World time is counted from the world's start: go to a tick right after a minimap.
        while (f.world.tickCount() % MINIMAP_TICKS != 0) {
            f.ticks(1);
        }
        clear(a, b, c, solo, outsider);
        f.ticks(MINIMAP_TICKS - 1);
        assertTrue(sink(a).all(ServerPacket.Minimap.class).isEmpty(), "not before 3 s");
        f.ticks(1);
        assertEquals(1, sink(a).all(ServerPacket.Minimap.class).size(), "after 3 s");
        assertEquals(Set.of(point(3601, 3200), point(4200, 3400)), points(sink(a).last(ServerPacket.Minimap.class)),
                "the others' x, y (rounded), not its own");
        assertEquals(Set.of(point(3000, 3001), point(4200, 3400)), points(sink(b).last(ServerPacket.Minimap.class)));
        assertEquals(Set.of(point(3000, 3001), point(3601, 3200)), points(sink(c).last(ServerPacket.Minimap.class)));
        assertEquals(List.of(new ServerPacket.Minimap(List.of())), sink(solo).all(ServerPacket.Minimap.class),
                "a tribe of one is sent an empty list: the client would draw the last one it got for as long as it is in a tribe");
        assertTrue(sink(outsider).all(ServerPacket.Minimap.class).isEmpty());

        f.admin.damage(c, 100);
        assertFalse(c.alive());
        clear(a, b);
        f.ticks(MINIMAP_TICKS);
        assertEquals(Set.of(point(3601, 3200)), points(sink(a).last(ServerPacket.Minimap.class)), "only living mates");
        assertEquals(Set.of(point(3000, 3001)), points(sink(b).last(ServerPacket.Minimap.class)));
    }

    /**
     * The beat holds however long the world runs: world time sums 1000/9 ms steps, and after a few
     * minimaps that sum falls a hair short of each multiple of 3000 (at tick 189 it is 20999.99999...).
     */
    @Test
    void theMinimapKeepsItsBeatOfTwentySevenTicks() {
        Player a = f.spawnAt("a", 3000, 3000);
        Player b = f.spawnAt("b", 3600, 3000);
        tribe("cows", a, b);
        List<Long> at = new ArrayList<>();
        int seen = 0;
        while (f.world.tickCount() < MINIMAP_TICKS * 20L) {
            f.ticks(1);
            int now = sink(a).all(ServerPacket.Minimap.class).size();
            if (now > seen) {
                at.add(f.world.tickCount());
                seen = now;
            }
        }
        List<Long> expected = new ArrayList<>();
        for (long t = MINIMAP_TICKS; t <= MINIMAP_TICKS * 20L; t += MINIMAP_TICKS) {
            expected.add(t); // the tribe has had two members since tick 7
        }
        assertEquals(expected, at, "a minimap every 27th tick, every time");
    }

    // ---- map ping ----

    @Test
    void aMapPingGoesToEveryMemberIncludingTheSender() {
        Player a = f.spawnAt("a", 3000, 3000);
        Player b = f.spawnAt("b", 3400, 3000);
        Player outsider = f.spawnAt("outsider", 3200, 3300);
        tribe("cows", a, b);
        f.place(a, 3000, 3000);
        clear(a, b, outsider);
        f.send(a, new ClientPacket.MapPing());
        f.ticks(1);
        ServerPacket.MapPing ping = new ServerPacket.MapPing(3000, 3000);
        assertEquals(List.of(ping), sink(a).all(ServerPacket.MapPing.class), "9 [x, y] to the sender");
        assertEquals(List.of(ping), sink(b).all(ServerPacket.MapPing.class), "and to its mate");
        assertTrue(sink(outsider).all(ServerPacket.MapPing.class).isEmpty(), "not to others, however near");
    }

    @Test
    void withoutATribeAMapPingGoesOnlyToTheSender() {
        Player p = f.spawnAt("p", 3000, 3000);
        Player near = f.spawnAt("near", 3200, 3000);
        clear(p, near);
        f.send(p, new ClientPacket.MapPing());
        f.ticks(1);
        assertEquals(List.of(new ServerPacket.MapPing(3000, 3000)), sink(p).all(ServerPacket.MapPing.class));
        assertTrue(sink(near).all(ServerPacket.MapPing.class).isEmpty());
    }

    @Test
    void aSecondPingWithin2200MsIsDropped() {
        Player a = f.spawnAt("a", 3000, 3000);
        Player b = f.spawnAt("b", 3400, 3000);
        tribe("cows", a, b);
        clear(a, b);
        f.send(a, new ClientPacket.MapPing());
        f.ticks(1);
        assertEquals(1, sink(b).all(ServerPacket.MapPing.class).size());
        f.ticks(PING_TOO_SOON_TICKS - 1);
        f.send(a, new ClientPacket.MapPing()); // 19 ticks: 2111 ms after the first
        f.ticks(1);
        assertEquals(1, sink(a).all(ServerPacket.MapPing.class).size(), "dropped: within 2200 ms");
        assertEquals(1, sink(b).all(ServerPacket.MapPing.class).size());
        f.send(a, new ClientPacket.MapPing()); // 20 ticks: 2222 ms after the first
        f.ticks(1);
        assertEquals(2, sink(a).all(ServerPacket.MapPing.class).size(), "2200 ms later it goes again");
        assertEquals(2, sink(b).all(ServerPacket.MapPing.class).size());
    }

    // ---- the tribe list at join ----

    @Test
    void aClientJoiningAfterATribeExistsIsSentTheTribeList() {
        Player leader = f.spawnAt("leader", 3000, 3000);
        create(leader, "cows");
        RecordingSink newcomer = joinWithoutSpawning();
        assertEquals(List.of(new ServerPacket.TribeList(List.of(new ServerPacket.TribeInfo("cows", leader.sid())))),
                newcomer.all(ServerPacket.TribeList.class), "A lists it");
    }

    @Test
    void aClientSentAStaleTribeListOnConnectingGetsANewOneOnJoining() {
        Player leader = f.spawnAt("leader", 3000, 3000);
        RecordingSink s = new RecordingSink();
        Client c = new Client(s, 64, "127.0.0.1");
        s.send(c.tribeListPacket(f.world.tribeList())); // as the gateway does on connecting: no tribes yet
        create(leader, "cows");
        f.world.join(c);
        f.ticks(1);
        assertEquals(new ServerPacket.TribeList(List.of(new ServerPacket.TribeInfo("cows", leader.sid()))), s.last(ServerPacket.TribeList.class),
                "the tribe that came since is listed");
    }

    @Test
    void noTribeListAtJoinWhenThereIsNoTribe() {
        Player leader = f.spawnAt("leader", 3000, 3000);
        create(leader, "cows");
        f.send(leader, new ClientPacket.LeaveTribe());
        f.ticks(1);
        RecordingSink newcomer = joinWithoutSpawning();
        assertTrue(newcomer.all(ServerPacket.TribeList.class).stream().allMatch(l -> l.teams().isEmpty()),
                "an ended tribe is not listed");
    }
}
