package dev.moomoo.lab.inputs;

import dev.moomoo.game.World;
import dev.moomoo.game.journal.Arrival;
import dev.moomoo.game.journal.Digest;
import dev.moomoo.game.journal.Intake;
import dev.moomoo.game.journal.TickJournal;
import dev.moomoo.game.port.Client;
import dev.moomoo.protocol.ClientPacket;
import org.tinylog.Logger;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Records a world's input journal (src/site/input-journal.md). On the tick thread it only notes what the
 * tick hands it, a small record per input (the packets are the immutable values the tick took), and at
 * each tick's end queues the tick for its writer thread, which encodes and writes it. Bounded twice: by
 * the bytes written (past {@code maxBytes} the journal ends with "size limit") and by the ticks waiting
 * for the writer (a writer more than {@link #QUEUED_TICKS} ticks behind ends it with "writer fell
 * behind"); either way the world goes on unrecorded, since a journal with a hole would not replay.
 */
public final class InputRecorder implements TickJournal, AutoCloseable {
    /** Ticks that may wait for the writer: about 30 s of the standard tick. */
    static final int QUEUED_TICKS = 270;

    private final BlockingQueue<TickRecord> queue = new ArrayBlockingQueue<>(QUEUED_TICKS);

    /** Ticks noted and not yet written: a test that ticks flat out keeps this below {@link #QUEUED_TICKS}, as 9 ticks a second do. */
    int backlog() {
        return queue.size();
    }
    /** The clients in the world now (tick thread; lookups only): each dropped as its leave is noted, all when recording ends. */
    private final Map<Client, ClientRef> refs = new IdentityHashMap<>();
    private final JournalEncoder encoder;
    private final OutputStream stream;
    private final long maxBytes;
    private final Thread writer;
    private List<JournalEvent> events = new ArrayList<>();
    private boolean recording = true; // tick thread
    private volatile String endReason;
    private volatile boolean closing;
    private volatile IOException failure;

    private InputRecorder(JournalHeader header, OutputStream stream, long maxBytes) throws IOException {
        this.stream = stream;
        this.maxBytes = maxBytes;
        this.encoder = new JournalEncoder(stream);
        encoder.header(header);
        this.writer = Thread.ofVirtual().name("input-journal-" + header.world()).start(this::write);
    }

    /**
     * Starts recording {@code world}, fresh from its constructor (before its first tick), into
     * {@code stream}, which the recorder closes; {@code chatCommands} says whether a chat listener takes
     * the lines starting with {@code /}. Call it on the thread that will tick the world, before it does.
     */
    public static InputRecorder attach(World world, boolean chatCommands, OutputStream stream, long maxBytes) throws IOException {
        if (world.tickCount() != 0) {
            throw new IllegalStateException("a journal replays only from a fresh world; " + world.name() + " ticked " + world.tickCount() + " times");
        }
        InputRecorder recorder = new InputRecorder(new JournalHeader(world.name(), world.config(), chatCommands,
                world.admin().botCount()), stream, maxBytes);
        world.journal(recorder);
        return recorder;
    }

    // ---- the tick thread ----

    @Override
    public void tickStarted(long tick) {
        if (recording && endReason != null) {
            stopNoting(); // the writer ended the journal (size limit, failure)
        }
    }

    @Override
    public void commandRan(String line) {
        note(new JournalEvent.Command(line));
    }

    @Override
    public void passed(Intake.Door door, Arrival arrival) {
        if (!recording) {
            return;
        }
        note(new JournalEvent.Passed(door, arrival.outside() ? ref(arrival.client()) : null));
        if (door == Intake.Door.LEAVE) {
            // the event holds its ref and the encoder knows the client by id: nothing later needs this entry
            refs.remove(arrival.client());
        }
    }

    @Override
    public void packetTaken(Client client, ClientPacket packet) {
        if (recording) {
            note(new JournalEvent.Packet(ref(client), packet));
        }
    }

    @Override
    public void sinkRefused(Client client, String code) {
        if (recording) {
            note(new JournalEvent.Refusal(ref(client), code));
        }
    }

    @Override
    public boolean wantsDigest() {
        return recording;
    }

    @Override
    public void tickEnded(long tick, Digest digest) {
        if (!recording) {
            return;
        }
        if (!queue.offer(new TickRecord(tick, events, digest))) {
            stopNoting();
            endReason = "writer fell behind";
            Logger.warn("input journal: the writer fell {} ticks behind at tick {}; the journal ends there", QUEUED_TICKS, tick);
        }
        events = new ArrayList<>();
    }

    private void note(JournalEvent event) {
        if (recording) {
            events.add(event);
        }
    }

    private ClientRef ref(Client c) {
        return refs.computeIfAbsent(c, ClientRef::of);
    }

    /** The journal ends: nothing more is noted, and no client is held for it. */
    private void stopNoting() {
        recording = false;
        refs.clear();
    }

    /** How many clients the recorder holds a ref of (for tests: those in the world while it records). */
    int clientsHeld() {
        return refs.size();
    }

    // ---- the writer thread ----

    private void write() {
        try (stream) {
            while (true) {
                TickRecord record = queue.poll(100, TimeUnit.MILLISECONDS);
                if (record != null) {
                    encoder.tick(record);
                    if (encoder.size() > maxBytes) {
                        endReason = "size limit";
                        break;
                    }
                } else if (endReason != null || closing) {
                    break;
                } else {
                    encoder.flush(); // a quiet moment: what was written so far can be read
                }
            }
            encoder.end(endReason != null ? endReason : "stopped");
        } catch (IOException e) {
            failure = e;
            endReason = "write failed";
            Logger.warn("input journal: cannot write: {}", e.toString());
        } catch (InterruptedException e) {
            endReason = "interrupted";
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Ends the journal: the ticks noted so far are written, then the end record. Call it on the tick
     * thread between ticks, or once the world stopped ticking.
     */
    @Override
    public void close() throws IOException {
        stopNoting();
        closing = true;
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Why the journal ended, or null while it records. */
    public String endReason() {
        return endReason;
    }
}
