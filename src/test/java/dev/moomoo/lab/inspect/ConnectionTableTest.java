package dev.moomoo.lab.inspect;

import dev.moomoo.lab.LabFrame;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The page's connection list stays true when the page missed frames: a connection whose CLOSED frame
 * never came goes once it has been quiet a minute, and a full table still lists a new connection.
 */
class ConnectionTableTest {
    private static final long SECOND = 1_000_000_000L;

    /** A message into the server on {@code connection}, seen at {@code nanos}. */
    private static LabFrame frame(String connection, long nanos) {
        byte[] bytes = {(byte) 0x92, (byte) 0xA1, 0x30, (byte) 0x90}; // ["0", []]
        return new LabFrame(0, nanos, 1, "main", connection, "", -1, "", LabFrame.Direction.IN, LabFrame.Kind.FRAME,
                bytes, bytes, null, null);
    }

    private static List<Object> ids(ConnectionTable table, long nowNanos) {
        return table.json(nowNanos, 1).stream().map(m -> m.get("id")).toList();
    }

    @Test
    void aConnectionQuietForAMinuteIsNoLongerListedThoughItsCloseWasNeverSeen() {
        ConnectionTable table = new ConnectionTable(id -> "");
        long start = 1_000 * SECOND;
        table.count(frame("quiet", start));
        table.count(frame("talking", start));
        table.count(frame("talking", start + 50 * SECOND));
        assertEquals(List.of("quiet", "talking"), ids(table, start + 59 * SECOND), "both heard from within the minute");
        assertEquals(List.of("talking"), ids(table, start + 61 * SECOND), "quiet for 61 s: gone");
        assertEquals(List.of(), ids(table, start + 111 * SECOND));
    }

    @Test
    void aFullTableListsANewConnectionInPlaceOfTheOneHeardFromLongestAgo() {
        ConnectionTable table = new ConnectionTable(id -> "");
        long start = 1_000 * SECOND;
        table.count(frame("c0", start)); // the first row, heard from again below: not the quietest
        for (int i = 1; i < ConnectionTable.MAX_ROWS; i++) {
            table.count(frame("c" + i, start + i));
        }
        table.count(frame("c0", start + SECOND));
        table.count(frame("new", start + 2 * SECOND));
        List<Object> listed = ids(table, start + 3 * SECOND);
        assertEquals(ConnectionTable.MAX_ROWS, listed.size(), "still bounded");
        assertTrue(listed.contains("new"), "the new connection is listed");
        assertFalse(listed.contains("c1"), "c1 was heard from longest ago: it made room");
        assertTrue(listed.contains("c0") && listed.contains("c2"));
    }
}
