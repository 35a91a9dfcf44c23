package dev.moomoo.tools;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The runtime image started as a separate process for a benchmark: waits for its port, talks to its
 * console, and reads its CPU time and RSS from /proc.
 */
final class ServerProcess implements AutoCloseable {
    private final Process process;
    private final PrintWriter console;
    private final BufferedReader answers;

    /** Starts {@code image/bin/moomoo-server} on 127.0.0.1:{@code port} with {@code settings} and waits until it listens. */
    ServerProcess(Path image, int port, String... settings) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(image.resolve("bin/moomoo-server").toString(), "--port=" + port,
                "--bind=127.0.0.1", "--log-level=warn"));
        command.addAll(List.of(settings));
        process = new ProcessBuilder(command).redirectErrorStream(true).start();
        console = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
        answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                if (System.nanoTime() > deadline || !process.isAlive()) {
                    close();
                    throw new IOException("server did not listen on " + port);
                }
                Thread.sleep(50);
            }
        }
    }

    long pid() {
        return process.pid();
    }

    /** Runs a console command and returns the status line it prints (the one starting "players "). */
    String status(String command) throws IOException {
        console.println(command);
        String answer;
        while ((answer = answers.readLine()) != null) {
            if (answer.startsWith("players ")) {
                return answer;
            }
        }
        throw new IOException("server console closed");
    }

    /** User plus system CPU time of the process so far, from /proc (USER_HZ is 100 on Linux). */
    long cpuMillis() throws IOException {
        String[] f = Files.readString(Path.of("/proc", Long.toString(pid()), "stat")).replaceAll(".*\\) ", "").split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
    }

    /** Resident set size from /proc/<pid>/status. */
    long rssBytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        }
        throw new IOException("no VmRSS for " + pid());
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroyForcibly();
    }
}
