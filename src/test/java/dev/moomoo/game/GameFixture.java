package dev.moomoo.game;

import dev.moomoo.game.entity.Building;
import dev.moomoo.game.entity.Player;
import dev.moomoo.game.entity.Resource;
import dev.moomoo.game.port.Client;
import dev.moomoo.protocol.ClientPacket;

import java.util.List;
import java.util.Map;

/** A world with no objects and no animals, and players joined through fake sessions. */
final class GameFixture {
    final World world;
    /** The world's admin and test API (the tests run on the tick thread: they tick by hand). */
    final WorldAdmin admin;

    GameFixture() {
        this(quiet());
    }

    /** The default world without natural objects and animals: only what a test puts there. */
    static GameConfig quiet() {
        return GameConfig.defaults().withObjects(0, 0, 0, 0).withAnimals(Map.of());
    }

    GameFixture(GameConfig config) {
        this.world = new World("test", config);
        this.admin = world.admin();
    }

    /** A connected, spawned player; one tick has run. */
    Player spawn(String name) {
        RecordingSink sink = new RecordingSink();
        Client c = new Client(sink, 64, "127.0.0.1");
        world.join(c);
        c.inbox().offer(new ClientPacket.Spawn(name, false, 0));
        world.tick();
        return admin.playerOf(c);
    }

    static RecordingSink sink(Player p) {
        return (RecordingSink) p.client().sink();
    }

    void send(Player p, ClientPacket packet) {
        p.client().inbox().offer(packet);
    }

    void ticks(int n) {
        for (int i = 0; i < n; i++) {
            world.tick();
        }
    }

    /** A spawned player put at {@code x, y}, standing still; one more tick has run, so it sees what is there. */
    Player spawnAt(String name, double x, double y) {
        Player p = spawn(name);
        place(p, x, y);
        world.tick();
        return p;
    }

    /** Gives resources to a player. */
    void grant(Player p, Resource r, long amount) {
        admin.grant(p.sid(), r, amount);
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

    /** The item or weapon of the tables, handed to a player as an upgrade would. */
    void giveItem(Player p, int index) {
        p.loadout().give(world.data().item(index));
    }

    void giveWeapon(Player p, int id) {
        p.loadout().give(world.data().weapon(id));
    }

    /** The buildings a player owns that stand now. */
    List<Building> buildings(Player p) {
        return List.copyOf(p.buildings().standing());
    }

    /** Puts a player somewhere exactly, standing still. */
    void place(Player p, double x, double y) {
        admin.teleport(p.sid(), x, y);
        p.stop();
    }
}
