package dev.moomoo.lab.inputs;

import dev.moomoo.game.World;
import dev.moomoo.game.port.Client;
import dev.moomoo.game.port.DisconnectReason;
import dev.moomoo.protocol.ClientPacket;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A recorder holds the clients in the world and no others: over a long session of players coming and
 * going it keeps no client that left (with its connection and buffers), and once its journal ended it
 * keeps none at all. The journal of such a session still replays clean: a client is named by its id.
 */
class RecorderClientsTest {
    private static final int ROUNDS = 40;
    /** Clients in the world at once. */
    private static final int PRESENT = 3;

    @Test
    void aLongSessionHoldsOnlyTheClientsPresentAndReplaysClean() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        World world = new World("comings", RecordedSession.config());
        InputRecorder recorder = InputRecorder.attach(world, false, bytes, Long.MAX_VALUE);
        int most = 0;
        for (int round = 0; round < ROUNDS; round++) {
            List<Client> present = new ArrayList<>();
            for (int i = 0; i < PRESENT; i++) {
                present.add(join(world, round * PRESENT + i));
            }
            for (int t = 0; t < 3; t++) {
                present.forEach(c -> c.inbox().offer(new ClientPacket.Move(0.5)));
                world.tick();
                most = Math.max(most, recorder.clientsHeld());
            }
            present.forEach(world::leave);
            world.tick();
            assertEquals(0, recorder.clientsHeld(), "round " + round + ": every client left, none is held");
        }
        recorder.close();
        assertEquals(PRESENT, most, "while they played, the clients present were held");
        assertEquals(new InputReplay.Outcome.Clean(world.tickCount(), "stopped"), Journals.replay(bytes.toByteArray()));
    }

    @Test
    void aClientTheWorldDroppedIsNotHeldAfterItLeaves() throws Exception {
        World world = new World("drops", RecordedSession.config());
        try (InputRecorder recorder = InputRecorder.attach(world, false, new ByteArrayOutputStream(), Long.MAX_VALUE)) {
            Client c = join(world, 0);
            world.tick();
            assertEquals(1, recorder.clientsHeld());
            world.admin().kick(c, DisconnectReason.KICKED, "test");
            world.tick(); // the world's own leave, at the joins phase
            assertEquals(0, recorder.clientsHeld(), "the world's own leave lets it go; the socket's leave never came");
        }
    }

    @Test
    void anEndedJournalHoldsNoClientWhateverTheWorldStillTakes() throws Exception {
        World world = new World("ended", RecordedSession.config());
        InputRecorder recorder = InputRecorder.attach(world, false, new ByteArrayOutputStream(), Long.MAX_VALUE);
        Client early = join(world, 0);
        world.tick();
        assertEquals(1, recorder.clientsHeld());
        recorder.close(); // the world ticks on, its journal still the ended recorder
        Client late = join(world, 1);
        for (int t = 0; t < 5; t++) {
            early.inbox().offer(new ClientPacket.Move(1.0));
            late.inbox().offer(new ClientPacket.Move(1.0));
            world.tick();
        }
        assertEquals(0, recorder.clientsHeld(), "ended: nothing is noted, no client is held");
    }

    private static Client join(World world, int n) {
        Client c = new Client(Client.newId(), new AcceptingSink(), 16, "127.0.2." + n % 250, Client.NoticeDisplay.OWN_BUBBLE);
        world.join(c);
        c.inbox().offer(new ClientPacket.Spawn("p" + n, false, 0));
        return c;
    }
}
