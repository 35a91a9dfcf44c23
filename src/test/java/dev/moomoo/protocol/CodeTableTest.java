package dev.moomoo.protocol;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** The code tables are read from data and checked at start; a fault names the file and the line. */
class CodeTableTest {

    @Nested
    class TheShippedTable {
        @Test
        void givesTheCodesOfBothEras() {
            // the era 2 codes as the real client sends and handles them; era 1's as the 2018 client did
            CodeTable era1 = Profile.ERA_1.codes();
            CodeTable era2 = Profile.ERA_2.codes();
            assertEquals("a", era2.serverCode(ServerKind.UPDATE_PLAYERS));
            assertEquals("33", era1.serverCode(ServerKind.UPDATE_PLAYERS));
            assertEquals(ServerKind.UPDATE_ANIMALS, era1.serverKind("a"), "era 1's a is the animals");
            assertEquals("io-init", era1.serverCode(ServerKind.IO_INIT));
            assertEquals("io-init", era2.serverCode(ServerKind.IO_INIT));
            assertEquals(ClientKind.ATTACK, era2.clientKind("F"));
            assertEquals(ClientKind.ATTACK, era1.clientKind("c"));
            // the same code in both directions is two packets
            assertEquals(ClientKind.SPAWN, era2.clientKind("M"));
            assertEquals(ServerKind.TURRET_SHOT, era2.serverKind("M"));
        }

        @Test
        void everyPacketOfAProfileHasOneCodeThatLeadsBackToIt() {
            for (Profile profile : Profile.ALL) {
                for (ServerKind k : ServerKind.values()) {
                    if (PacketRoundTripTest.has(profile, k)) {
                        assertEquals(k, profile.codes().serverKind(profile.codes().serverCode(k)), profile + " " + k);
                    }
                }
                for (ClientKind k : ClientKind.values()) {
                    if (PacketRoundTripTest.has(profile, k)) {
                        assertEquals(k, profile.codes().clientKind(profile.codes().clientCode(k)), profile + " " + k);
                    }
                }
            }
        }

        @Test
        void v19HasEra2sCodesAndItsOwnNewOnes() {
            // src/site/keyed-protocol.md, "Tables": the client's 21 and 38 names
            CodeTable v19 = Profile.V19.codes();
            for (ServerKind k : ServerKind.values()) {
                if (Profile.ERA_2.codes().has(k)) {
                    assertEquals(Profile.ERA_2.codes().serverCode(k), v19.serverCode(k), k.name());
                }
            }
            for (ClientKind k : ClientKind.values()) {
                if (Profile.ERA_2.codes().has(k)) {
                    assertEquals(Profile.ERA_2.codes().clientCode(k), v19.clientCode(k), k.name());
                }
            }
            assertEquals(ClientKind.TELEMETRY, v19.clientKind("T"));
            assertEquals(ClientKind.REPORT, v19.clientKind("R"));
            assertEquals(ClientKind.ADMIN_MENU, v19.clientKind("A"));
            assertEquals(ClientKind.WATCH, v19.clientKind("V"));
            assertEquals(ServerKind.TELEGRAPH, v19.serverKind("W"));
            assertEquals(ServerKind.LIVE_STATS, v19.serverKind("F"));
            // and the older profiles have none of them
            assertNull(Profile.ERA_2.codes().clientKind("T"));
            assertNull(Profile.ERA_2.codes().serverCode(ServerKind.LIVE_STATS));
            assertFalse(Profile.ERA_1.codes().has(ClientKind.WATCH));
        }
    }

    @Nested
    class AFaultyTableIsRefused {
        private final Table table = new Table();

        @Test
        void aMissingCodeNamesItsLine() {
            int at = table.replace("server\tPONG\t", "server\tPONG\tpp\t");
            assertEquals("t.tsv line " + at + ": no era2 code for server packet PONG", table.fault());
        }

        @Test
        void aCodeGivenTwiceInOneDirectionNamesBothLines() {
            int first = table.lineOf("server\tHEALTH\t");
            int second = table.replace("server\tDIED\t", "server\tDIED\t" + ServerKind.DIED.ordinal() + "\th" + ServerKind.HEALTH.ordinal());
            assertEquals("t.tsv line " + second + ": era2 server code 'h" + ServerKind.HEALTH.ordinal() + "' is already HEALTH's, on line " + first,
                    table.fault());
        }

        @Test
        void theSameCodeInBothDirectionsIsFine() {
            table.replace("client\tPING\t", "client\tPING\tpp\tx");
            table.replace("server\tPONG\t", "server\tPONG\tpp\tx");
            Map<String, CodeTable> tables = table.read();
            assertEquals(ClientKind.PING, tables.get("era2").clientKind("x"));
            assertEquals(ServerKind.PONG, tables.get("era2").serverKind("x"));
        }

        @Test
        void aNoneCellIsAPacketTheProfileLacks() {
            table.replace("server\tPONG\t", "server\tPONG\t" + ServerKind.PONG.ordinal() + "\t-");
            table.replace("client\tPING\t", "client\tPING\t-\tq");
            Map<String, CodeTable> tables = table.read();
            assertFalse(tables.get("era2").has(ServerKind.PONG));
            assertNull(tables.get("era2").serverCode(ServerKind.PONG));
            assertNull(tables.get("era2").serverKind("-"), "'-' is no code");
            assertTrue(tables.get("era1").has(ServerKind.PONG));
            assertFalse(tables.get("era1").has(ClientKind.PING));
            assertEquals(ClientKind.PING, tables.get("era2").clientKind("q"));
        }

        @Test
        void aPacketWithoutARowNamesTheFile() {
            table.lines.remove(table.lineOf("server\tPONG\t") - 1);
            assertEquals("t.tsv: no row for server packet PONG", table.fault());
        }

        @Test
        void aPacketGivenTwiceNamesBothLines() {
            int first = table.lineOf("client\tAIM\t");
            int second = table.add("client\tAIM\tq\tq");
            assertEquals("t.tsv line " + second + ": client packet AIM already has its row on line " + first, table.fault());
        }

        @Test
        void anUnknownPacketOrDirectionNamesItsLine() {
            int at = table.add("server\tTELEPORT\tq\tq");
            assertEquals("t.tsv line " + at + ": no server packet named 'TELEPORT'", table.fault());
            table.replace("server\tTELEPORT", "sideways\tPONG\tq\tq");
            assertEquals("t.tsv line " + at + ": direction 'sideways', expected client or server", table.fault());
        }

        @Test
        void aRowOfTheWrongWidthNamesItsLine() {
            int at = table.replace("client\tCHAT\t", "client\tCHAT\tch");
            assertEquals("t.tsv line " + at + ": 3 fields where the header has 4", table.fault());
        }

        @Test
        void aTableWithoutItsHeaderIsRefused() {
            table.replace("direction\t", "client\tSPAWN\tera1\tera2");
            assertEquals("t.tsv line 2: the header must be direction, kind, then one column per profile; got [client, SPAWN, era1, era2]",
                    table.fault());
            table.lines.set(1, "direction\tkind\tera1\tera1");
            assertEquals("t.tsv line 2: profile column 'era1' is empty or named twice", table.fault());
        }
    }

    @Test
    void theValidTableOfTheseTestsIsRead() {
        Map<String, CodeTable> tables = new Table().read();
        assertEquals(ServerKind.PONG, tables.get("era1").serverKind(Integer.toString(ServerKind.PONG.ordinal())));
        assertEquals("A", tables.get("era2").clientCode(ClientKind.SPAWN));
    }

    /**
     * A valid table in the shipped layout (a comment, the header, then one row per packet with made-up
     * codes), to be spoiled a line at a time.
     */
    private static final class Table {
        final List<String> lines = new ArrayList<>(List.of("# a comment", "direction\tkind\tera1\tera2"));

        Table() {
            for (ClientKind k : ClientKind.values()) {
                lines.add("client\t" + k + "\tc" + k.ordinal() + "\t" + (char) ('A' + k.ordinal()));
            }
            for (ServerKind k : ServerKind.values()) {
                lines.add("server\t" + k + "\t" + k.ordinal() + "\th" + k.ordinal());
            }
        }

        /** The 1-based number of the line that starts with {@code prefix}. */
        int lineOf(String prefix) {
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith(prefix)) {
                    return i + 1;
                }
            }
            throw new AssertionError("no line starts with " + prefix);
        }

        /** Replaces the line that starts with {@code prefix}; returns its number. */
        int replace(String prefix, String line) {
            int n = lineOf(prefix);
            lines.set(n - 1, line);
            return n;
        }

        /** Adds a last line; returns its number. */
        int add(String line) {
            lines.add(line);
            return lines.size();
        }

        Map<String, CodeTable> read() {
            return CodeTableReader.read("t.tsv", new StringReader(String.join("\n", lines)));
        }

        /** The message the reader refuses the table with. */
        String fault() {
            return assertThrows(IllegalStateException.class, this::read).getMessage();
        }
    }
}
