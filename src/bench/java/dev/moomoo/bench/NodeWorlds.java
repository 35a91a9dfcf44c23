package dev.moomoo.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * K Node MooMoo.io server processes, one world each on ports {@code port}, {@code port + 1}, ... (the
 * server reads {@code PORT}). Their tick times come from the bench patch (BENCHMARKS.md, "Many worlds in
 * one process"): on SIGUSR2 a process prints {@code bench-ticks <count> <p50> <p99> <max>} (ms) for the
 * ticks since the last signal.
 */
final class NodeWorlds implements WorldsUnderTest {
    private static final String TICKS_LINE = "bench-ticks ";

    private final int port;
    private final List<Process> processes = new ArrayList<>();
    private final List<BlockingQueue<String>> tickLines = new ArrayList<>();

    private NodeWorlds(int port) {
        this.port = port;
    }

    /** Starts {@code node dist/server.js} in {@code dir} {@code count} times and waits until each listens. */
    static NodeWorlds start(Path dir, int port, int count) throws IOException, InterruptedException {
        NodeWorlds worlds = new NodeWorlds(port);
        try {
            for (int w = 0; w < count; w++) {
                worlds.launch(dir, port + w);
            }
            for (int w = 0; w < count; w++) {
                ServerProcess.awaitListening(port + w, worlds.processes.get(w), "node server");
            }
        } catch (IOException | InterruptedException e) {
            worlds.close();
            throw e;
        }
        return worlds;
    }

    private void launch(Path dir, int worldPort) throws IOException {
        ProcessBuilder builder = new ProcessBuilder("node", "dist/server.js").directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().put("PORT", Integer.toString(worldPort));
        Process process = builder.start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread.ofPlatform().daemon(true).start(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith(TICKS_LINE)) {
                        lines.add(line.substring(TICKS_LINE.length()));
                    }
                }
            } catch (IOException ended) {
                // the process is gone
            }
        });
        processes.add(process);
        tickLines.add(lines);
    }

    @Override
    public int port(int world) {
        return port + world;
    }

    @Override
    public String path(int world) {
        return "/";
    }

    @Override
    public void startWindow() throws IOException, InterruptedException {
        ticks();
    }

    @Override
    public List<WorldTicks> endWindow() throws IOException, InterruptedException {
        return ticks();
    }

    /** Signals every process and reads the tick line each prints. */
    private List<WorldTicks> ticks() throws IOException, InterruptedException {
        for (Process p : processes) {
            ServerProcess.run("kill", "-USR2", Long.toString(p.pid()));
        }
        List<WorldTicks> out = new ArrayList<>();
        for (int w = 0; w < processes.size(); w++) {
            String line = tickLines.get(w).poll(10, TimeUnit.SECONDS);
            if (line == null) {
                throw new IOException("no tick line from the node server on " + port(w));
            }
            String[] f = line.split(" ");
            out.add(new WorldTicks("node" + (w + 1), Long.parseLong(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                    Double.parseDouble(f[3])));
        }
        return out;
    }

    @Override
    public long cpuMillis() throws IOException {
        return sum(ServerProcess::cpuMillis);
    }

    @Override
    public long rssBytes() throws IOException {
        return sum(ServerProcess::rssBytes);
    }

    /** What {@code ofPid} reads of each Node process, added up. */
    private long sum(PidReading ofPid) throws IOException {
        long sum = 0;
        for (Process p : processes) {
            sum += ofPid.read(p.pid());
        }
        return sum;
    }

    private interface PidReading {
        long read(long pid) throws IOException;
    }

    @Override
    public void close() {
        processes.forEach(Process::destroy);
        for (Process p : processes) {
            try {
                if (!p.waitFor(10, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
            }
        }
    }
}
