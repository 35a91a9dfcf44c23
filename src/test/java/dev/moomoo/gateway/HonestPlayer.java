package dev.moomoo.gateway;

import dev.moomoo.client.GameClient;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.CodeTable;
import dev.moomoo.protocol.ServerPacket;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

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

    HonestPlayer(int port, String name, double moveAngle) throws IOException {
        client = GameClient.connect("127.0.0.1", port, null, CodeTable.ERA_2, 5000);
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
