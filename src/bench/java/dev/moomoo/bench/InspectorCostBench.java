package dev.moomoo.bench;

import dev.moomoo.client.WsClient;
import dev.moomoo.tools.LoadGenerator;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the packet inspector costs the world (issue 26): starts the runtime image with an admin token,
 * lets the load generator play N socket players (100 by default), reads the tick p99 over a window with
 * nobody inspecting, then signs in to {@code /inspect} as the page does, opens its socket, follows every
 * connection ({@code {"op":"follow","all":true}}) and reads all it is sent for a window of the same
 * length, and reads the tick p99 again, then once more over a third window after the page closed (the
 * load's players do not respawn, so the play thins out: the third window brackets the second). Prints
 * the three p99s, what the page was sent, and what it missed. Windows of 30 s by default (the third
 * argument, in seconds).
 *
 * <pre>{@code mvn -q test-compile exec:exec@bench -Dbench=InspectorCostBench -Dbench.args="target/image 100 30"}</pre>
 */
public final class InspectorCostBench {
    private static final String TOKEN = "bench-inspector";
    /** Before the first window: every player in, and the JIT settled. */
    private static final long SETTLE_SECONDS = 20;
    private static final Pattern P99 = Pattern.compile("p99 ([0-9.]+) ms");
    private static final Pattern MISSED = Pattern.compile("\"missed\":(\\d+),\"pageMissed\":(\\d+)");
    private static final Pattern FRAME = Pattern.compile("\"seq\":");
    private static final Pattern LISTED = Pattern.compile("\\{\"id\":");

    private InspectorCostBench() {
    }

    public static void main(String[] args) throws Exception {
        Path image = Path.of(args.length > 0 ? args[0] : "target/image");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int window = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        int port = 3997;
        Path state = Files.createTempDirectory("inspector-bench");
        long seconds = SETTLE_SECONDS + 3L * window + 10; // the load outlives the three windows
        LoadGenerator load = LoadGenerator.of("--mode", "active", "--connections", Integer.toString(n), "--seconds", Long.toString(seconds),
                "--port", Integer.toString(port), "--sources", "8", "--rate", "500");
        try (ServerProcess server = new ServerProcess(image, port, "--admin-token=" + TOKEN, "--max-players=" + (n + 10),
                "--max-connections-per-ip=" + (n + 10), "--max-handshakes-per-ip=1000", "--state-dir=" + state);
             Closeable cleanUp = () -> Files.deleteIfExists(state)) {
            Thread players = Thread.ofPlatform().start(() -> {
                try {
                    load.run(new PrintStream(new ByteArrayOutputStream()));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(TimeUnit.SECONDS.toMillis(SETTLE_SECONDS));
            server.status("status reset");
            Thread.sleep(TimeUnit.SECONDS.toMillis(window));
            double before = p99(server.status("status reset"));

            AtomicLong messages = new AtomicLong();
            AtomicLong bytes = new AtomicLong();
            AtomicLong frames = new AtomicLong();
            AtomicLong missed = new AtomicLong();
            AtomicLong pageMissed = new AtomicLong();
            AtomicLong listed = new AtomicLong();
            try (WsClient page = inspectorSocket(port, signIn(port))) {
                page.sendText("{\"op\":\"follow\",\"all\":true}");
                Thread reader = Thread.ofVirtual().start(() -> {
                    try {
                        for (WsClient.Frame f; (f = page.readFrame()) != null && !f.isClose(); ) {
                            messages.incrementAndGet();
                            bytes.addAndGet(f.payload().length);
                            String text = f.text();
                            frames.addAndGet(FRAME.matcher(text).results().count());
                            Matcher m = MISSED.matcher(text);
                            if (m.find()) {
                                missed.set(Long.parseLong(m.group(1)));
                                pageMissed.set(Long.parseLong(m.group(2)));
                                listed.set(LISTED.matcher(text).results().count());
                            }
                        }
                    } catch (IOException e) {
                        // the socket closed at the end of the window
                    }
                });
                server.status("status reset");
                Thread.sleep(TimeUnit.SECONDS.toMillis(window));
                double after = p99(server.status("status reset"));
                page.sendClose(1000);
                reader.join(TimeUnit.SECONDS.toMillis(10));
                // the load's players do not respawn: a third window without the page brackets the second
                Thread.sleep(TimeUnit.SECONDS.toMillis(window));
                double afterwards = p99(server.status("status reset"));
                System.out.printf(Locale.ROOT, "%-52s %10s%n", "measure (" + n + " socket players)", "value");
                System.out.printf(Locale.ROOT, "%-52s %10.2f%n", "tick p99, nobody inspecting, ms", before);
                System.out.printf(Locale.ROOT, "%-52s %10.2f%n", "tick p99, one page following every connection, ms", after);
                System.out.printf(Locale.ROOT, "%-52s %10.2f%n", "tick p99, nobody inspecting again, ms", afterwards);
                System.out.printf(Locale.ROOT, "%-52s %10.1f%n", "messages to the page per second", messages.get() / (double) window);
                System.out.printf(Locale.ROOT, "%-52s %10.1f%n", "KB to the page per second", bytes.get() / 1024.0 / window);
                System.out.printf(Locale.ROOT, "%-52s %10d%n", "connections in the page's last list", listed.get());
                System.out.printf(Locale.ROOT, "%-52s %10.1f%n", "frames shown to the page per second", frames.get() / (double) window);
                System.out.printf(Locale.ROOT, "%-52s %10d%n", "frames the page's subscription missed", missed.get());
                System.out.printf(Locale.ROOT, "%-52s %10d%n", "frames the page was too slow to take", pageMissed.get());
            }
            players.join(TimeUnit.SECONDS.toMillis(seconds));
        }
    }

    /** Signs in as the page's form does; returns the session cookie ({@code name=value}). */
    private static String signIn(int port) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/inspect/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + TOKEN)).build(), HttpResponse.BodyHandlers.ofString());
        String cookie = answer.headers().firstValue("set-cookie")
                .orElseThrow(() -> new IOException("sign-in answered " + answer.statusCode() + " without a cookie"));
        return cookie.substring(0, cookie.indexOf(';'));
    }

    private static WsClient inspectorSocket(int port, String cookie) throws IOException {
        WsClient page = WsClient.tcp(port, 30_000);
        page.write(WsClient.upgradeRequest("/inspect/socket", "Cookie: " + cookie));
        String head = page.readHead();
        if (!head.startsWith("HTTP/1.1 101")) {
            throw new IOException("the inspector's socket answered: " + head.lines().findFirst().orElse(""));
        }
        return page;
    }

    private static double p99(String status) {
        Matcher m = P99.matcher(status);
        if (!m.find()) {
            throw new IllegalStateException("no tick p99 in: " + status);
        }
        return Double.parseDouble(m.group(1));
    }
}
