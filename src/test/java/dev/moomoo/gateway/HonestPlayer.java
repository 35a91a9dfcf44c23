package dev.moomoo.gateway;

import dev.moomoo.client.GameClient;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.Profile;
import dev.moomoo.protocol.ServerPacket;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * A spawned player that walks one way and reads its stream on a platform thread of its own, counting
 * the updates that show it: the yardstick of "the other players were not disturbed".
 */
final class HonestPlayer implements AutoCloseable {
    private final GameClient client;
    private final int sid;
    private final AtomicInteger updates = new AtomicInteger();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final Thread reader;
    /** The server's tick count, read as each update arrives; null when gaps are not measured. */
    private final LongSupplier ticks;
    private final AtomicLong lastUpdateTick = new AtomicLong(-1);
    private final AtomicLong longestGap = new AtomicLong();

    HonestPlayer(int port, String name, double moveAngle) throws IOException {
        this(port, name, moveAngle, null);
    }

    /** With {@code ticks}, the server's tick count, it also measures the longest run of ticks between two of its updates. */
    HonestPlayer(int port, String name, double moveAngle, LongSupplier ticks) throws IOException {
        this.ticks = ticks;
        client = GameClient.connect("127.0.0.1", port, null, Profile.ERA_2, 5000);
        client.receiveUntil(ServerPacket.TribeList.class);
        client.send(new ClientPacket.Spawn(name, false, 0));
        sid = client.receiveUntil(ServerPacket.SetupGame.class).yourSid();
        client.send(new ClientPacket.Move(moveAngle));
        reader = Thread.ofPlatform().name("honest-" + name).start(this::read);
    }

    int sid() {
        return sid;
    }

    /** Updates received so far that included this player. */
    int updates() {
        return updates.get();
    }

    /** Starts measuring gaps afresh from the server's tick now. */
    void resetGaps() {
        lastUpdateTick.set(ticks.getAsLong());
        longestGap.set(0);
    }

    /** The most ticks the server ran between two updates of this player (or since {@link #resetGaps}). */
    long longestGap() {
        long sinceLast = ticks.getAsLong() - lastUpdateTick.get();
        return Math.max(longestGap.get(), sinceLast);
    }

    /** What ended the reader other than the socket closing, or null. */
    Throwable failure() {
        return failure.get();
    }

    private void read() {
        try {
            ServerPacket p;
            while ((p = client.receive()) != null) {
                if (p instanceof ServerPacket.UpdatePlayers u && u.players().stream().anyMatch(s -> s.sid() == sid)) {
                    updates.incrementAndGet();
                    if (ticks != null) {
                        long now = ticks.getAsLong();
                        long last = lastUpdateTick.getAndSet(now);
                        if (last >= 0) {
                            longestGap.accumulateAndGet(now - last, Math::max);
                        }
                    }
                }
            }
            failure.set(new IOException("server closed with " + client.closeCode()));
        } catch (IOException closedAtTheEnd) {
            // close() ends the read
        } catch (Throwable t) {
            failure.set(t);
        }
    }

    @Override
    public void close() throws Exception {
        client.close();
        reader.join(5000);
    }
}
