package dev.moomoo.game;

import dev.moomoo.protocol.ClientPacket;

/** A world with no objects, and players joined through fake sessions. */
final class GameFixture {
    final World world;

    GameFixture() {
        this(GameConfig.defaults().withObjects(0, 0, 0, 0));
    }

    GameFixture(GameConfig config) {
        this.world = new World("test", config);
    }

    /** A connected, spawned player; one tick has run. */
    Player spawn(String name) {
        RecordingSink sink = new RecordingSink();
        Client c = new Client(sink, 64, "127.0.0.1");
        world.join(c);
        c.inbox().offer(new ClientPacket.Spawn(name, false, 0));
        world.tick();
        return c.player();
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

    /** Puts a player somewhere exactly, standing still. */
    void place(Player p, double x, double y) {
        world.teleport(p.sid(), x, y);
        p.vx = 0;
        p.vy = 0;
    }
}
