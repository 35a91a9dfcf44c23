package dev.moomoo.lab.inputs;

import dev.moomoo.admin.ChatCommands;
import dev.moomoo.admin.Commands;
import dev.moomoo.admin.WorldCommands;
import dev.moomoo.game.GameConfig;
import dev.moomoo.game.World;
import dev.moomoo.game.entity.Player;
import dev.moomoo.game.port.Client;
import dev.moomoo.game.port.DisconnectReason;
import dev.moomoo.game.port.PacketSink;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.ServerPacket;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A session recorded into an input journal, on the test's thread as the world's tick thread: bots, and
 * scripted clients that join, spawn, walk, aim, hit, build, chat, run admin commands from chat, found and
 * join a tribe, fall behind on their updates until dropped, and leave. Its inputs are whatever the
 * script and the bots do; the replay is what is under test.
 */
final class RecordedSession {
    static final String ADMIN_TOKEN = "journal-test-token";
    /** How many ticks {@link #record} runs: about 44 s of game time. */
    static final int TICKS = 400;

    private final World world;
    private final Map<String, Client> clients = new LinkedHashMap<>();

    private RecordedSession(World world) {
        this.world = world;
    }

    /**
     * Writes the session's journal to {@code args[0]}: how {@code src/test/resources/journals/session.journal}
     * was made (see src/site/input-journal.md, "A recording as a test").
     */
    public static void main(String[] args) throws IOException {
        Files.write(Path.of(args[0]), record());
    }

    /** The standard world, with fewer natural objects (a smaller journal, the same rules). */
    static GameConfig config() {
        return GameConfig.defaults().withObjects(60, 40, 30, 10);
    }

    /** Records the whole session; returns the journal's bytes. */
    static byte[] record() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        World world = new World("journal", config());
        world.chatListener(chatCommands(world));
        world.admin().addBots(4);
        try (InputRecorder recorder = InputRecorder.attach(world, true, bytes, Long.MAX_VALUE)) {
            new RecordedSession(world).play(recorder);
        }
        return bytes.toByteArray();
    }

    /** The server's chat commands over a world alone: /login with {@link #ADMIN_TOKEN}, then the console's commands. */
    static ChatCommands chatCommands(World world) {
        Commands commands = new Commands(new ReplayAdminContext(world));
        return new ChatCommands(WorldCommands.chat(Map.of(world.name(), commands), world.name()), world, ADMIN_TOKEN);
    }

    private void play(InputRecorder recorder) {
        for (int tick = 1; tick <= TICKS; tick++) {
            script(tick);
            Journals.tickPaced(world, recorder);
        }
    }

    /** What the scripted clients do before tick {@code tick}. */
    private void script(int tick) {
        switch (tick) {
            case 1 -> {
                join("alice", new Sink(0));
                join("bob", new Sink(0));
            }
            case 2 -> {
                send("alice", new ClientPacket.Spawn("alice", true, 3));
                send("bob", new ClientPacket.Spawn("bob", false, 1));
            }
            case 5 -> {
                send("alice", new ClientPacket.Chat("/login " + ADMIN_TOKEN));
                send("bob", new ClientPacket.Chat("hello"));
            }
            case 7 -> {
                Player bob = world.admin().playerOf(clients.get("bob"));
                send("alice", new ClientPacket.Chat("/tp " + bob.sid() + " 7000 7000"));
                send("alice", new ClientPacket.Chat("/grant all wood 200"));
            }
            case 9 -> {
                Player alice = world.admin().playerOf(clients.get("alice"));
                send("alice", new ClientPacket.Chat("/tp " + alice.sid() + " 7060 7000"));
                send("alice", new ClientPacket.CreateTribe("moo"));
            }
            case 11 -> send("bob", new ClientPacket.JoinTribe("moo"));
            case 13 -> send("alice", new ClientPacket.AnswerJoin(world.admin().playerOf(clients.get("bob")).sid(), true));
            case 20 -> join("carol", new Sink(30)); // falls behind on her updates from tick 30 on
            case 21 -> send("carol", new ClientPacket.Spawn("carol", false, 0));
            case 150 -> send("alice", new ClientPacket.Chat("/addbot 2"));
            case 300 -> leave("bob");
            case 320 -> send("alice", new ClientPacket.Chat("/kickbot 1"));
            default -> {
            }
        }
        if (tick >= 15 && tick < 120 && tick % 6 == 0) {
            // alice and bob fight: aim, swing, walk a little
            send("alice", new ClientPacket.Aim(Math.PI));
            send("alice", new ClientPacket.Attack(true, Math.PI));
            send("bob", new ClientPacket.Move(tick % 12 == 0 ? 0.25 : null));
        }
        if (tick >= 15 && tick < 120 && tick % 6 == 3) {
            send("alice", new ClientPacket.Attack(false, null));
        }
        if (tick == 130) {
            // alice builds a wall (the item at index 1 of her bar) to her left, then walks off
            Player alice = world.admin().playerOf(clients.get("alice"));
            send("alice", new ClientPacket.Select(alice.itemIds().get(1), false));
            send("alice", new ClientPacket.Attack(true, Math.PI / 2));
            send("alice", new ClientPacket.Attack(false, null));
        }
        if (tick > 140 && tick < 380 && tick % 9 == 0) {
            send("alice", new ClientPacket.Move(tick * 0.37 % (2 * Math.PI) - Math.PI));
            send("carol", new ClientPacket.Move(-tick * 0.11 % Math.PI));
        }
    }

    private void join(String name, Sink sink) {
        Client c = new Client(Client.newId(), sink, 64, "127.0.0." + (clients.size() + 1), Client.NoticeDisplay.OWN_BUBBLE);
        sink.world = world;
        clients.put(name, c);
        world.join(c);
    }

    private void send(String name, ClientPacket packet) {
        clients.get(name).inbox().offer(packet);
    }

    private void leave(String name) {
        world.leave(clients.get(name));
    }

    /** A socket stand-in that takes every packet and, from tick {@code behindFrom} on (0: never), refuses the updates. */
    private static final class Sink implements PacketSink {
        private final int behindFrom;
        private World world;

        Sink(int behindFrom) {
            this.behindFrom = behindFrom;
        }

        @Override
        public boolean send(ServerPacket packet) {
            return true;
        }

        @Override
        public boolean sendUpdate(List<ServerPacket.PlayerState> players) {
            return behindFrom == 0 || world.tickCount() < behindFrom;
        }

        @Override
        public void disconnect(DisconnectReason reason, String message) {
        }
    }
}
