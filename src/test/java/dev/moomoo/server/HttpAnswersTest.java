package dev.moomoo.server;

import dev.moomoo.client.WsClient;
import dev.moomoo.net.http.HttpResponse;
import dev.moomoo.net.websocket.Handshake;
import dev.moomoo.net.websocket.Opcode;
import dev.moomoo.testing.EchoServers;
import dev.moomoo.testing.TestFrames;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** What the port answers over real sockets: pages, refusals with the right status, the upgrade itself. */
class HttpAnswersTest {
    private Server server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.shutdown();
        }
    }

    private String exchange(String request) throws IOException {
        try (WsClient c = WsClient.tcp(server.port(), 5000)) {
            c.write(request);
            return c.readResponse();
        }
    }

    @Test
    void pagesAndPlainRequests() throws IOException {
        server = EchoServers.start();
        assertTrue(exchange("GET / HTTP/1.1\r\nHost: x\r\n\r\n").startsWith("HTTP/1.1 200 "));
        assertTrue(exchange("GET /nothing-here HTTP/1.1\r\nHost: x\r\n\r\n").startsWith("HTTP/1.1 404 "));
        String head = exchange("HEAD / HTTP/1.1\r\nHost: x\r\n\r\n");
        assertTrue(head.startsWith("HTTP/1.1 200 ") && head.endsWith("\r\n\r\n"), "HEAD has no body: " + head);
        assertTrue(exchange("DELETE / HTTP/1.1\r\nHost: x\r\n\r\n").startsWith("HTTP/1.1 405 "));
        // A plain GET on a WebSocket path is not a page.
        assertTrue(exchange("GET /echo HTTP/1.1\r\nHost: x\r\n\r\n").startsWith("HTTP/1.1 404 "));
    }

    @Test
    void aWebServiceIsAskedWithAnyMethodAndGetsItsBody() throws IOException {
        server = Server.start(ServerConfig.defaults(Map.of("port", "0", "bind", "127.0.0.1")), new Routes()
                .page("/", r -> HttpResponse.text(200, "page\n"))
                .servicesUnder("/api/", r -> HttpResponse.text(200, r.request().method() + " " + r.request().path() + " ["
                        + new String(r.body(), StandardCharsets.UTF_8) + "]")));
        assertTrue(exchange("POST /api/join HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\n\r\n{\"did\":\"a\"}").endsWith("\r\n\r\nPOST /api/join [{\"did\":\"a\"}]"));
        assertTrue(exchange("OPTIONS /api/join HTTP/1.1\r\nHost: x\r\n\r\n").endsWith("\r\n\r\nOPTIONS /api/join []"));
        assertTrue(exchange("GET /api/servers?v=1.28 HTTP/1.1\r\nHost: x\r\n\r\n").endsWith("\r\n\r\nGET /api/servers []"));
        assertTrue(exchange("POST /api/join HTTP/1.1\r\nHost: x\r\n\r\n").startsWith("HTTP/1.1 411 "), "a body needs its length");
        String big = "x".repeat(SocketHandler.MAX_SERVICE_BODY + 1);
        assertTrue(exchange("POST /api/join HTTP/1.1\r\nHost: x\r\nContent-Length: " + big.length() + "\r\n\r\n" + big).startsWith("HTTP/1.1 413 "));
        assertTrue(exchange("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}").startsWith("HTTP/1.1 405 "), "pages take GET and HEAD only");
    }

    @Test
    void malformedRequestsGet400AndAClosedSocket() throws IOException {
        server = EchoServers.start();
        String r = exchange("BLAH\r\n\r\n");
        assertTrue(r.startsWith("HTTP/1.1 400 "), r);
        assertTrue(r.contains("Connection: close"));
        assertTrue(r.contains("malformed request line"), "the body names the problem: " + r);
    }

    @Test
    void upgradeRefusals() throws IOException {
        server = EchoServers.start("allowed-origins", "http://good.example");
        String v8 = exchange(WsClient.upgradeRequest("/echo", "Origin: http://good.example").replace("Version: 13", "Version: 8"));
        assertTrue(v8.startsWith("HTTP/1.1 426 "), v8);
        assertTrue(v8.contains("Sec-WebSocket-Version: 13\r\n"));
        assertTrue(exchange(WsClient.upgradeRequest("/echo", "Origin: http://good.example").replace(WsClient.SAMPLE_KEY, "short"))
                .startsWith("HTTP/1.1 400 "));
        assertTrue(exchange(WsClient.upgradeRequest("/elsewhere", "Origin: http://good.example")).startsWith("HTTP/1.1 404 "));
        assertTrue(exchange(WsClient.upgradeRequest("/echo", "Origin: http://evil.example")).startsWith("HTTP/1.1 403 "));
        assertTrue(server.stats().handshakeFailures(426) >= 1);
    }

    @Test
    void aBrowserUpgradeWithAPipelinedFirstFrameIsServed() throws IOException {
        server = EchoServers.start("allowed-origins", "http://good.example");
        try (WsClient c = WsClient.tcp(server.port(), 5000)) {
            String request = WsClient.upgradeRequest("/echo", "Origin: http://good.example").replace("Connection: Upgrade", "Connection: keep-alive, Upgrade");
            byte[] head = request.getBytes(StandardCharsets.ISO_8859_1);
            c.write(TestFrames.concat(head, TestFrames.frame(Opcode.TEXT).payload("first").bytes()));
            String response = c.readHead();
            assertTrue(response.startsWith("HTTP/1.1 101 "), response);
            assertTrue(response.contains("Sec-WebSocket-Accept: " + Handshake.acceptValue(WsClient.SAMPLE_KEY) + "\r\n"));
            assertEquals("first", c.readFrame().text());
        }
    }

    @Test
    void overTheLimitPerAddressTheNextSocketGets429() throws IOException {
        server = EchoServers.start("max-connections-per-ip", "2");
        List<WsClient> held = new ArrayList<>();
        try {
            held.add(WsClient.open(server.port(), "/echo"));
            held.add(WsClient.open(server.port(), "/echo"));
            assertTrue(exchange("GET / HTTP/1.1\r\nHost: x\r\n\r\n").startsWith("HTTP/1.1 429 "));
            held.removeFirst().close();
            long deadline = System.nanoTime() + 5_000_000_000L;
            String r;
            do {
                r = exchange("GET / HTTP/1.1\r\nHost: x\r\n\r\n"); // the freed slot is usable again
            } while (!r.startsWith("HTTP/1.1 200 ") && System.nanoTime() < deadline);
            assertTrue(r.startsWith("HTTP/1.1 200 "), r);
        } finally {
            for (WsClient c : held) {
                c.close();
            }
        }
    }

    @Test
    void overMaxConnectionsTheNextSocketGets503() throws IOException {
        server = EchoServers.start("max-connections", "2");
        List<WsClient> held = new ArrayList<>();
        try {
            held.add(WsClient.open(server.port(), "/echo"));
            held.add(WsClient.open(server.port(), "/echo"));
            assertTrue(exchange("GET / HTTP/1.1\r\nHost: x\r\n\r\n").startsWith("HTTP/1.1 503 "));
        } finally {
            for (WsClient c : held) {
                c.close();
            }
        }
    }
}
