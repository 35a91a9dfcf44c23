package dev.moomoo.gateway;

import dev.moomoo.lab.LabTap;
import dev.moomoo.net.session.Connection;
import dev.moomoo.net.session.TestConnections;
import dev.moomoo.net.websocket.Opcode;
import dev.moomoo.protocol.MsgpackValues;
import dev.moomoo.protocol.Profile;
import dev.moomoo.protocol.ServerCodec;
import dev.moomoo.protocol.ServerPacket;
import dev.moomoo.protocol.ServerPacket.AnimalState;
import dev.moomoo.protocol.ServerPacket.PlayerState;
import dev.moomoo.protocol.UpdateEncoder;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * One v1.9 viewer's memory (src/site/protocol.md, "The v1.9 profile"): the client keeps what an
 * update leaves out, so a player's attributes go when they change, after its {@code D}, or when it
 * comes back into the update; the sids that leave are hidden; an {@code I} hides the animals that
 * left it; and an update that replaced one the writer had not taken carries every attribute.
 */
class ViewerMemoryTest {
    private final ServerCodec codec = new ServerCodec(Profile.V19);
    private final ViewerMemory memory = new ViewerMemory(codec);

    private static PlayerState at(int sid, double x, int weapon) {
        return new PlayerState(sid, x, 100, 0, -1, weapon, 0, null, false, 0, 0, 0, 0);
    }

    /** The update's three lists, read as plain msgpack: [positions, attributes, hidden]. */
    private static List<?> lists(byte[] message) throws Exception {
        return (List<?>) ((List<?>) MsgpackValues.read(message, MsgpackValues.Limits.SERVER)).get(1);
    }

    private static List<?> lists(UpdateEncoder e) throws Exception {
        return lists(Arrays.copyOf(e.buffer(), e.length()));
    }

    /** The sids whose attributes an update carries (every tenth value of its second list). */
    private static List<Long> attributeSids(List<?> lists) {
        List<?> attributes = (List<?>) lists.get(1);
        return IntStream.range(0, attributes.size() / 10).mapToObj(i -> (Long) attributes.get(i * 10)).toList();
    }

    @Test
    void attributesGoWhenTheyChangeAndTheSidsThatLeaveAreHidden() throws Exception {
        List<?> first = lists(memory.update(List.of(at(1, 10, 0), at(2, 20, 0))));
        assertEquals(List.of(1L, 2L), attributeSids(first), "everyone's attributes the first time");
        assertEquals(8, ((List<?>) first.get(0)).size(), "every position, always");
        List<?> second = lists(memory.update(List.of(at(1, 11, 0), at(2, 21, 5))));
        assertEquals(List.of(2L), attributeSids(second), "only the player that changed its weapon");
        assertEquals(List.of(), second.get(2));
        List<?> third = lists(memory.update(List.of(at(2, 22, 5))));
        assertEquals(List.of(), attributeSids(third), "nothing changed");
        assertEquals(List.of(1L), third.get(2), "sid 1 left the update: hidden");
        List<?> back = lists(memory.update(List.of(at(1, 12, 0), at(2, 23, 5))));
        assertEquals(List.of(1L), attributeSids(back), "a sid coming back gets its attributes again");
        memory.forget(2); // the viewer was sent D of sid 2
        assertEquals(List.of(2L), attributeSids(lists(memory.update(List.of(at(1, 12, 0), at(2, 23, 5))))), "after D, its attributes again");
    }

    /** Every attribute, each changed alone (and one beyond a byte, which the memory cannot keep: then it always goes). */
    @Test
    void aChangeOfAnyOneAttributeSendsThePlayersAttributes() throws Exception {
        PlayerState base = new PlayerState(4, 10, 10, 0, -1, 0, 0, null, false, 0, 0, 0, 0);
        List<PlayerState> changed = List.of(
                new PlayerState(4, 10, 10, 0, 3, 0, 0, null, false, 0, 0, 0, 0),
                new PlayerState(4, 10, 10, 0, -1, 7, 0, null, false, 0, 0, 0, 0),
                new PlayerState(4, 10, 10, 0, -1, 0, 2, null, false, 0, 0, 0, 0),
                new PlayerState(4, 10, 10, 0, -1, 0, 0, "cows", false, 0, 0, 0, 0),
                new PlayerState(4, 10, 10, 0, -1, 0, 0, "pigs", false, 0, 0, 0, 0),
                new PlayerState(4, 10, 10, 0, -1, 0, 0, "pigs", true, 0, 0, 0, 0),
                new PlayerState(4, 10, 10, 0, -1, 0, 0, null, false, 45, 0, 0, 0),
                new PlayerState(4, 10, 10, 0, -1, 0, 0, null, false, 0, 11, 0, 0),
                new PlayerState(4, 10, 10, 0, -1, 0, 0, null, false, 0, 0, 1, 0),
                new PlayerState(4, 10, 10, 0, -1, 0, 0, null, false, 0, 0, 0, 1));
        for (PlayerState c : changed) {
            memory.update(List.of(base));
            assertEquals(List.of(), attributeSids(lists(memory.update(List.of(base)))), "unchanged: " + base);
            assertEquals(List.of(4L), attributeSids(lists(memory.update(List.of(c)))), "changed: " + c);
            assertEquals(List.of(), attributeSids(lists(memory.update(List.of(c)))), "then unchanged again: " + c);
        }
        PlayerState odd = new PlayerState(4, 10, 10, 0, -1, 0, 0, null, false, 300, 0, 0, 0);
        memory.update(List.of(odd));
        assertEquals(List.of(4L), attributeSids(lists(memory.update(List.of(odd)))), "a skin beyond a byte always goes");
    }

    @Test
    void anAnimalThatLeftTheUpdateIsHiddenOnce() throws Exception {
        AnimalState cow = new AnimalState(3, 0, 10, 10, 0, 500, 1);
        AnimalState pig = new AnimalState(4, 1, 20, 20, 0, 800, 2);
        assertNull(memory.animalsFrame(new ServerPacket.UpdateAnimals(List.of(cow, pig))), "nothing to hide: the shared frame does");
        byte[] frame = memory.animalsFrame(new ServerPacket.UpdateAnimals(List.of(pig)));
        List<?> args = lists(Arrays.copyOfRange(frame, 2, frame.length));
        assertEquals(List.of(3L), args.get(1), "the cow is hidden");
        assertNull(memory.animalsFrame(new ServerPacket.UpdateAnimals(List.of(pig))), "and only once");
    }

    @Test
    void anUpdateThatReplacedOneNotYetTakenCarriesEveryAttribute() throws Exception {
        try (TestConnections.Loopback loopback = TestConnections.loopback()) {
            Connection c = loopback.open();
            ConnectionSink sink = new ConnectionSink(c, new Wires(Profile.ERA_2).of(Profile.V19),
                    new SeatTap(new LabTap(), "w", () -> 0, "x", "127.0.0.1", "v19", false, null));
            List<PlayerState> players = List.of(at(1, 10, 0), at(2, 20, 0));
            assertTrue(sink.sendUpdate(players));
            // the writer has not taken it: the next one replaces it, and the attributes it carried were never sent
            assertFalse(sink.sendUpdate(List.of(at(1, 11, 0), at(2, 21, 0))), "the client is a tick behind");
            List<TestConnections.Written> written = TestConnections.takenOnce(c);
            assertEquals(1, written.size(), "one update: the second replaced the first");
            assertEquals(Opcode.BINARY, written.getFirst().opcode());
            List<?> update = lists(written.getFirst().payload());
            assertEquals(List.of(1L, 2L), attributeSids(update), "every attribute, though none changed");
            assertEquals(11L, ((List<?>) update.get(0)).get(1), "this tick's positions");
        }
    }

    @Test
    void anUpdateAllocatesNothingInItsSteadyState() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        List<PlayerState> calm = new ArrayList<>();
        List<PlayerState> busy = new ArrayList<>();
        for (int sid = 1; sid <= 20; sid++) {
            calm.add(at(sid, sid * 10, 0));
            busy.add(at(sid, sid * 10 + 1, sid % 3 == 0 ? 5 : 0)); // some change weapons
        }
        busy.remove(7); // and one leaves the view
        long tid = Thread.currentThread().threadId();
        for (int i = 0; i < 2_000; i++) {
            memory.update(i % 2 == 0 ? calm : busy);
        }
        long before = threads.getThreadAllocatedBytes(tid);
        for (int i = 0; i < 20_000; i++) {
            memory.update(i % 2 == 0 ? calm : busy);
        }
        long allocated = threads.getThreadAllocatedBytes(tid) - before;
        assertTrue(allocated < 64 * 1024, "allocated " + allocated + " bytes for 20,000 updates");
    }
}
