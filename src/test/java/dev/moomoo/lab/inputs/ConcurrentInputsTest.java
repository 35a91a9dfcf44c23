package dev.moomoo.lab.inputs;

import dev.moomoo.game.World;
import dev.moomoo.game.port.Client;
import dev.moomoo.protocol.ClientPacket;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The journal fixes what depends on timing: clients on their own threads join, send and leave while the
 * world ticks on another, as sockets' readers do, so what each tick takes depends on how the threads
 * interleave. Whatever they did, the journal of it replays with every tick matching.
 */
class ConcurrentInputsTest {
    private static final int READERS = 4;
    /** Packets each reader has its inbox take before it stops. */
    private static final int PACKETS = 600;
    private static final int INBOX = 16;

    @Test
    void aSessionFedFromSeveralThreadsReplaysClean() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        World world = new World("threads", RecordedSession.config());
        world.admin().addBots(2);
        InputRecorder recorder = InputRecorder.attach(world, false, bytes, Long.MAX_VALUE);
        List<Thread> readers = new ArrayList<>();
        for (int i = 0; i < READERS; i++) {
            int n = i;
            readers.add(Thread.ofPlatform().name("reader-" + n).start(() -> play(world, n)));
        }
        AtomicLong ticked = new AtomicLong();
        Thread tick = Thread.ofPlatform().name("tick").start(() -> {
            // ticks while any reader sends, then once more to take what is left in the inboxes
            while (readers.stream().anyMatch(Thread::isAlive)) {
                Journals.tickPaced(world, recorder);
            }
            world.tick();
            ticked.set(world.tickCount());
        });
        tick.join();
        recorder.close(); // the tick thread has ended: nothing ticks the world any more

        List<TickRecord> ticks = Journals.ticks(bytes.toByteArray());
        long packets = ticks.stream().flatMap(t -> t.events().stream()).filter(e -> e instanceof JournalEvent.Packet).count();
        // every packet the inboxes took was drained, but what a client that left still had waiting
        assertTrue(packets >= (long) READERS * PACKETS - READERS / 2 * INBOX, "packets taken: " + packets);
        assertEquals(new InputReplay.Outcome.Clean(ticked.get(), "stopped"), Journals.replay(bytes.toByteArray()));
    }

    /**
     * One socket's reader: joins, spawns, then sends moves, aims and swings as fast as its inbox takes
     * them; half the readers leave halfway and come back as a new client, as on a reconnect.
     */
    private static void play(World world, int n) {
        Client c = join(world, "reader" + n, n);
        int sent = 0;
        while (sent < PACKETS) {
            double angle = (sent * 0.7 + n) % (2 * Math.PI) - Math.PI;
            ClientPacket p = switch (sent % 4) {
                case 0 -> new ClientPacket.Move(angle);
                case 1 -> new ClientPacket.Aim(angle);
                case 2 -> new ClientPacket.Attack(true, angle);
                default -> new ClientPacket.Attack(false, null);
            };
            if (c.inbox().offer(p)) {
                sent++;
            } else {
                Thread.yield(); // full: the tick takes some each tick
            }
            if (sent == PACKETS / 2 && n % 2 == 0) {
                world.leave(c);
                c = join(world, "again" + n, n);
                sent++;
            }
        }
    }

    private static Client join(World world, String name, int n) {
        Client c = new Client(Client.newId(), new AcceptingSink(), INBOX, "127.0.1." + n, Client.NoticeDisplay.OWN_BUBBLE);
        world.join(c);
        c.inbox().offer(new ClientPacket.Spawn(name, false, n));
        return c;
    }

}
