package dev.moomoo.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * K worlds in one runtime image process ({@code --worlds}, README "Several worlds"), named w1..wK, each with
 * room for its socket players and its bots, the default animals (unless the extra settings say otherwise), and
 * {@code bots} bots of its own. Tick
 * time comes from the console's {@code status} (one line per world), the tick count from {@code /metrics}.
 */
final class ImageWorlds implements WorldsUnderTest {
    private static final Pattern TICKS = Pattern.compile("p50 ([0-9.]+) ms p99 ([0-9.]+) ms max ([0-9.]+) ms");

    private final ServerProcess server;
    private final int port;
    private final int count;
    private Map<String, Double> ticksAtStart = Map.of();

    private ImageWorlds(ServerProcess server, int port, int count) {
        this.server = server;
        this.port = port;
        this.count = count;
    }

    /** @param worldSettings {@code setting=value} pairs joined by colons added to every world's declaration, or empty */
    static ImageWorlds start(Path image, int port, int count, int players, int bots, String worldSettings) throws IOException, InterruptedException {
        List<String> declarations = new ArrayList<>();
        for (int w = 1; w <= count; w++) {
            declarations.add("w" + w + ":local:normal:" + (players + bots + 10) + ":bots=" + bots + (worldSettings.isEmpty() ? "" : ":" + worldSettings));
        }
        int connections = count * players + 10;
        return new ImageWorlds(new ServerProcess(image, port, "--worlds=" + String.join(",", declarations),
                "--max-connections-per-ip=" + connections, "--max-handshakes-per-ip=1000"), port, count);
    }

    @Override
    public int port(int world) {
        return port;
    }

    @Override
    public String path(int world) {
        return "/?world=w" + (world + 1);
    }

    @Override
    public void startWindow() throws IOException {
        server.statusLines("status reset", count);
        ticksAtStart = server.metricByWorld(port, "moomoo_ticks_total");
    }

    @Override
    public List<WorldTicks> endWindow() throws IOException {
        List<String> lines = server.statusLines("status", count);
        Map<String, Double> ticks = server.metricByWorld(port, "moomoo_ticks_total");
        List<WorldTicks> out = new ArrayList<>();
        for (int w = 0; w < count; w++) {
            String name = "w" + (w + 1);
            Matcher m = TICKS.matcher(lines.get(w));
            if (!m.find()) {
                throw new IOException("no tick figures in: " + lines.get(w));
            }
            out.add(new WorldTicks(name, Math.round(ticks.get(name) - ticksAtStart.get(name)), Double.parseDouble(m.group(1)),
                    Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3))));
        }
        return out;
    }

    @Override
    public long cpuMillis() throws IOException {
        return server.cpuMillis();
    }

    @Override
    public long rssBytes() throws IOException {
        return server.rssBytes();
    }

    @Override
    public void close() {
        server.close();
    }
}
