package dev.moomoo.game;

import dev.moomoo.game.data.GameData;
import dev.moomoo.game.entity.Building;
import dev.moomoo.game.entity.Player;
import dev.moomoo.game.entity.Resource;
import dev.moomoo.game.port.Client;
import dev.moomoo.protocol.ClientPacket;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A world with no objects and no animals, players joined through fake sessions, and the scenes the game
 * tests set up: a player standing somewhere, a building put up at its cost, gear bought and worn, a
 * tribe formed. The tests run on the tick thread: they tick the world by hand, nothing sleeps.
 */
final class GameFixture {
    /** src/site/rules.md#weapons: the weapon ids the tests hand over. */
    static final int TOOL_HAMMER = 0;
    static final int HUNTING_BOW = 9;
    /** One hunting bow arrow's cost in wood (src/site/rules.md#shots). */
    static final int ARROW_WOOD = 4;

    final World world;
    /** The world's admin and test API. */
    final WorldAdmin admin;

    GameFixture() {
        this(quiet());
    }

    GameFixture(GameConfig config) {
        this(config, GameData.standard());
    }

    /** A world of {@code config} playing by other tables than the shipped ones. */
    GameFixture(GameConfig config, GameData data) {
        this.world = new World("test", config, data);
        this.admin = world.admin();
    }

    /** The default world without natural objects and animals (the Crab King included): only what a test puts there. */
    static GameConfig quiet() {
        return GameConfig.defaults().withObjects(0, 0, 0, 0).withAnimals(Map.of()).withSecretArea(true, false);
    }

    /**
     * A client that joined the world and has not spawned (it is on the menu); no tick has run. It shows
     * server notices as the real client does, as bubbles over its own player.
     */
    Client connect() {
        return connect(Client.NoticeDisplay.OWN_BUBBLE);
    }

    /** As {@link #connect()}, for a client that shows server notices its own way. */
    Client connect(Client.NoticeDisplay display) {
        Client c = new Client(Client.newId(), new RecordingSink(), 64, "127.0.0.1", display);
        world.join(c);
        return c;
    }

    /** As {@link #connect()}, for a client that draws only what v1.8 has (the real client on {@code /}). */
    Client connectV18() {
        Client c = new Client(Client.newId(), new RecordingSink(), 64, "127.0.0.1", Client.NoticeDisplay.OWN_BUBBLE, Client.Drawing.V18);
        world.join(c);
        return c;
    }

    /** A connected, spawned player; one tick has run. */
    Player spawn(String name) {
        return spawn(connect(), name);
    }

    /** The player a connected client plays once its spawn has gone through; one tick. */
    Player spawn(Client c, String name) {
        c.inbox().offer(new ClientPacket.Spawn(name, false, 0));
        world.tick();
        return admin.playerOf(c);
    }

    /** A spawned player put at {@code x, y}, standing still; one more tick has run, so it sees what is there. */
    Player spawnAt(String name, double x, double y) {
        Player p = spawn(name);
        place(p, x, y);
        world.tick();
        return p;
    }

    /** An attacker spawned at {@code x, y} and its target 80 to its right (see {@link Duel}); two ticks each. */
    Duel duel(double x, double y) {
        return new Duel(spawnAt("attacker", x, y), spawnAt("target", x + 80, y));
    }

    /** Puts a player somewhere exactly, standing still; no tick. */
    void place(Player p, double x, double y) {
        admin.teleport(p.sid(), x, y);
        p.stop();
    }

    void send(Player p, ClientPacket packet) {
        p.client().inbox().offer(packet);
    }

    void ticks(int n) {
        for (int i = 0; i < n; i++) {
            world.tick();
        }
    }

    /** Walks towards {@code angle}, or stops with null ({@code 9}); no tick. */
    void walk(Player p, Double angle) {
        send(p, new ClientPacket.Move(angle));
    }

    /** Holds the attack button down aiming at {@code angle} ({@code F 1}); no tick. */
    void press(Player p, double angle) {
        send(p, new ClientPacket.Attack(true, angle));
    }

    /** Lets the attack button go ({@code F 0}); no tick. */
    void release(Player p) {
        send(p, new ClientPacket.Attack(false, null));
    }

    /** One swing (or shot) of the weapon in hand at {@code angle}: pressed for one tick, then let go. */
    void swing(Player p, double angle) {
        press(p, angle);
        ticks(1);
        release(p);
    }

    /** Hands a weapon of the tables over as an upgrade would and selects it; no tick. */
    void wield(Player p, int weaponId) {
        giveWeapon(p, weaponId);
        send(p, new ClientPacket.Select(weaponId, true));
    }

    /** A hunting bow in hand and the wood for one arrow; no tick. */
    void wieldBowWithOneArrow(Player p) {
        wield(p, HUNTING_BOW);
        grant(p, Resource.WOOD, ARROW_WOOD);
    }

    /** Puts the item of {@code index} in hand (z) and uses it (F) at {@code angle}; one tick. */
    void use(Player p, int index, Double angle) {
        if (p.heldItem() == null || p.heldItem().index() != index) { // selecting the item in hand again puts it away
            send(p, new ClientPacket.Select(index, false));
        }
        send(p, new ClientPacket.Attack(true, angle));
        send(p, new ClientPacket.Attack(false, null));
        world.tick();
    }

    /** Gives resources to a player. */
    void grant(Player p, Resource r, long amount) {
        admin.grant(p.sid(), r, amount);
    }

    /** The item or weapon of the tables, handed to a player as an upgrade would. */
    void giveItem(Player p, int index) {
        p.loadout().give(world.data().item(index));
    }

    void giveWeapon(Player p, int id) {
        p.loadout().give(world.data().weapon(id));
    }

    /** Deals damage to a player as the world would, with no one behind the blow. */
    void hurt(Player p, int amount) {
        admin.damage(p, amount);
    }

    /**
     * Puts up a building ahead of {@code owner} at {@code angle}: the item handed over if the start kit
     * lacks it, exactly its cost granted, one use (one tick). Fails the set-up if nothing was built.
     */
    Building build(Player owner, Blueprint blueprint, double angle) {
        if (!owner.itemIds().contains(blueprint.index())) {
            giveItem(owner, blueprint.index());
        }
        grantIfAny(owner, Resource.WOOD, blueprint.wood());
        grantIfAny(owner, Resource.FOOD, blueprint.food());
        grantIfAny(owner, Resource.STONE, blueprint.stone());
        List<Building> before = buildings(owner);
        use(owner, blueprint.index(), angle);
        List<Building> built = new ArrayList<>(buildings(owner));
        built.removeAll(before);
        assertEquals(1, built.size(), "set-up: " + owner.name() + " built a " + blueprint.name());
        return built.getFirst();
    }

    private void grantIfAny(Player p, Resource r, int amount) {
        if (amount > 0) {
            grant(p, r, amount);
        }
    }

    /** The buildings a player owns that stand now, in the order they were built. */
    List<Building> buildings(Player p) {
        return List.copyOf(p.buildings().standing());
    }

    /** Asks the store to buy a hat or an accessory ({@code c [1, id, isAccessory]}); one tick. */
    void buy(Player p, Gear gear) {
        send(p, new ClientPacket.Store(true, gear.id(), gear.accessory()));
        ticks(1);
    }

    /** Asks the store to put a hat or an accessory on ({@code c [0, id, isAccessory]}); one tick. */
    void wear(Player p, Gear gear) {
        send(p, new ClientPacket.Store(false, gear.id(), gear.accessory()));
        ticks(1);
    }

    /**
     * Buys and wears a hat or an accessory through the store (two ticks), with its price in points put
     * straight into the purse (a grant would count as XP for the weapon in hand and earn it a stronger
     * variant).
     */
    void dress(Player p, Gear gear) {
        p.addResource(Resource.GOLD, gear.price());
        buy(p, gear);
        wear(p, gear);
        assertEquals(gear.id(), gear.accessory() ? p.accessoryId() : p.hatId(), "set-up: " + p.name() + " wears the " + gear.name());
    }

    /** {@code L [name]} from {@code founder}; one tick. */
    void foundTribe(Player founder, String name) {
        send(founder, new ClientPacket.CreateTribe(name));
        ticks(1);
    }

    /** {@code b [tribe]} from {@code asker}; one tick. */
    void askToJoin(Player asker, String tribe) {
        send(asker, new ClientPacket.JoinTribe(tribe));
        ticks(1);
    }

    /** {@code P [sid, accept]} from {@code leader} for {@code asker}; one tick. */
    void answer(Player leader, Player asker, boolean accept) {
        send(leader, new ClientPacket.AnswerJoin(asker.sid(), accept));
        ticks(1);
    }

    /** A tribe founded by {@code leader}, with {@code members} asking and let in one after the other. */
    void tribe(String name, Player leader, Player... members) {
        foundTribe(leader, name);
        for (Player m : members) {
            askToJoin(m, name);
            answer(leader, m, true);
            assertEquals(name, m.tribeName(), "set-up: " + m.name() + " joined " + name);
        }
    }
}
