package dev.moomoo.autobahn;

import dev.moomoo.autobahn.AutobahnCase.Close;
import dev.moomoo.autobahn.AutobahnCase.Expect;
import dev.moomoo.autobahn.AutobahnCase.Fail;
import dev.moomoo.autobahn.AutobahnCase.Send;
import dev.moomoo.autobahn.AutobahnCase.Step;
import dev.moomoo.client.WsClient;
import dev.moomoo.net.websocket.Opcode;
import dev.moomoo.server.Server;
import dev.moomoo.testing.EchoServers;
import dev.moomoo.testing.TestFrames;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * One test per Autobahn|Testsuite case of groups 1-7, 9 (scaled) and 10, each over a raw socket
 * against the echo endpoint. Every case asserts the frames the server sends back, the close code it
 * sends, and who closes first.
 */
class AutobahnTest {
    private static Server server;

    @BeforeAll
    static void start() throws IOException {
        // The README's conformance flags (16 MiB messages, no message or control-frame rate; the outbound
        // queue left at its 1 MiB default), and a close timeout far longer than the client waits: a
        // server that waited for a Close the peer already sent would hold TCP past the client's read timeout.
        server = EchoServers.start("echo", "true", "messages-per-second", "0", "control-frames-per-second", "0",
                "max-message-size", "16777216", "max-frame-size", "16777216", "close-timeout-ms", "60000");
    }

    @AfterAll
    static void stop() {
        server.shutdown();
    }

    @TestFactory
    Stream<DynamicTest> autobahnCases() {
        return AutobahnCases.all().stream().map(c -> DynamicTest.dynamicTest("case " + c.id(), () -> run(c)));
    }

    @Test
    void everyCaseOfTheCoveredGroupsIsPresentOnce() {
        List<AutobahnCase> all = AutobahnCases.all();
        Set<String> ids = new HashSet<>();
        for (AutobahnCase c : all) {
            assertTrue(ids.add(c.id()), "duplicate case " + c.id());
        }
        // Counts per group as the suite defines them.
        assertEquals(16, count(ids, "1."));
        assertEquals(11, count(ids, "2."));
        assertEquals(7, count(ids, "3."));
        assertEquals(10, count(ids, "4."));
        assertEquals(20, count(ids, "5."));
        assertEquals(3 + 4 + 2 + 4 + 5 + 11 + 4 + 2 + 4 + 3 + 5 + 8 + 5 + 10 + 1 + 3 + 5 + 5 + 5 + 7 + 8 + 34 + 7, count(ids, "6."));
        assertEquals(6 + 6 + 1 + 13 + 9 + 2, count(ids, "7."));
        assertEquals(6 + 6 + 9 + 9 + 6 + 6 + 6 + 6, count(ids, "9."));
        assertEquals(3 + 9 + 2, AutobahnCases.all().stream().filter(c -> c.steps().getLast() instanceof AutobahnCase.FailAfterPeerClose).count(),
                "7.3.2, 7.3.6, 7.5.1, 7.9.x and 7.13.x refuse the peer's Close");
        assertEquals(1, count(ids, "10."));
    }

    private static long count(Set<String> ids, String prefix) {
        return ids.stream().filter(id -> id.startsWith(prefix)).count();
    }

    private static void run(AutobahnCase c) throws Exception {
        try (WsClient client = WsClient.open(server.port(), "/echo")) {
            client.setReadTimeout(5000);
            boolean ended = false;
            for (Step step : c.steps()) {
                assertFalse(ended, "steps after the connection ended");
                switch (step) {
                    case Send s -> write(client, s);
                    case Expect e -> {
                        WsClient.Frame f = client.readFrame();
                        assertNotNull(f, "server closed TCP; expected opcode " + e.opcode());
                        assertEquals(e.opcode(), f.opcode(), () -> "opcode (payload " + f.text() + ")");
                        assertTrue(f.fin());
                        assertArrayEquals(e.payload(), f.payload(), "payload");
                    }
                    case Fail fail -> {
                        // The server fails the connection: its Close comes first...
                        WsClient.Frame f = client.readFrame();
                        assertNotNull(f, "server closed TCP without a Close frame");
                        assertEquals(Opcode.CLOSE, f.opcode(), () -> "expected Close, got opcode " + f.opcode() + " " + f.text());
                        int code = f.closeCode();
                        assertTrue(Arrays.stream(fail.codes()).anyMatch(x -> x == code), "close code " + code);
                        // ...we answer it, and the server closes TCP.
                        try {
                            client.write(TestFrames.frame(Opcode.CLOSE).payload(new byte[] {(byte) (code >> 8), (byte) code}).bytes());
                        } catch (IOException alreadyClosed) {
                            // the server may close TCP before our answer arrives; that is allowed
                        }
                        assertTrue(client.closedByServer(), "server closes TCP after the closing handshake");
                        ended = true;
                    }
                    case AutobahnCase.FailMidFrame fail -> {
                        WsClient.Frame f = client.readFrame();
                        assertNotNull(f, "server closed TCP without a Close frame");
                        assertEquals(Opcode.CLOSE, f.opcode(), () -> "expected Close before the frame is whole, got opcode " + f.opcode());
                        assertEquals(fail.code(), f.closeCode());
                        client.write(fail.rest());
                        client.write(TestFrames.frame(Opcode.CLOSE).payload(new byte[] {(byte) (fail.code() >> 8), (byte) fail.code()}).bytes());
                        assertTrue(client.closedByServer(), "server closes TCP after the closing handshake");
                        ended = true;
                    }
                    case AutobahnCase.FailAfterPeerClose fail -> {
                        WsClient.Frame f = client.readFrame();
                        assertNotNull(f, "server closed TCP without a Close frame");
                        assertEquals(Opcode.CLOSE, f.opcode(), () -> "expected Close, got opcode " + f.opcode() + " " + f.text());
                        int code = f.closeCode();
                        assertTrue(Arrays.stream(fail.codes()).anyMatch(x -> x == code), "close code " + code);
                        // no answer: the peer's Close was the one refused; TCP must close now, not after the
                        // server's 60 s close timeout (the client reads for at most 5 s)
                        assertTrue(client.closedByServer(), "server closes TCP at once once both Close frames have crossed");
                        ended = true;
                    }
                    case Close close -> {
                        client.write(close.closeFrame());
                        WsClient.Frame f = client.readFrame();
                        assertNotNull(f, "server closed TCP without echoing the Close");
                        assertEquals(Opcode.CLOSE, f.opcode(), () -> "expected the Close echo, got opcode " + f.opcode());
                        if (close.expectedEcho() < 0) {
                            assertEquals(0, f.payload().length, "empty Close answered with an empty Close");
                        } else {
                            assertEquals(close.expectedEcho(), f.closeCode());
                        }
                        assertTrue(client.closedByServer(), "server closes TCP after echoing the Close");
                        ended = true;
                    }
                }
            }
            assertTrue(ended, "a case ends with a close");
        }
    }

    private static void write(WsClient client, Send s) throws IOException {
        if (s.chop() <= 0) {
            client.write(s.bytes());
            return;
        }
        for (int off = 0; off < s.bytes().length; off += s.chop()) {
            client.write(Arrays.copyOfRange(s.bytes(), off, Math.min(s.bytes().length, off + s.chop())));
        }
    }
}
