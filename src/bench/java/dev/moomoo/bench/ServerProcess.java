package dev.moomoo.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
        try {
            awaitListening(port, process, "server");
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    /** Waits, at most 30 s, until {@code process} (a {@code what}) takes connections on {@code port}; an IOException when it dies or does not. */
    static void awaitListening(int port, Process process, String what) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                if (System.nanoTime() > deadline || !process.isAlive()) {
                    throw new IOException(what + " did not listen on " + port);
                }
                Thread.sleep(50);
            }
        }
    }

    long pid() {
        return process.pid();
    }

    /** Runs a console command and returns the status line it prints ("http://...: players ..."). */
    String status(String command) throws IOException {
        console.println(command);
        String answer;
        while ((answer = answers.readLine()) != null) {
            if (answer.contains(": players ")) {
                return answer;
            }
        }
        throw new IOException("server console closed");
    }

    /** Runs a console command that answers for every one of {@code worlds} worlds, and returns their status lines in order. */
    List<String> statusLines(String command, int worlds) throws IOException {
        console.println(command);
        List<String> lines = new ArrayList<>();
        String answer;
        while (lines.size() < worlds && (answer = answers.readLine()) != null) {
            if (answer.contains(": players ")) {
                lines.add(answer);
            }
        }
        if (lines.size() < worlds) {
            throw new IOException("server console closed");
        }
        return lines;
    }

    /** Sends a console command and returns the first answer line that contains {@code expect}. */
    String command(String command, String expect) throws IOException {
        console.println(command);
        String answer;
        while ((answer = answers.readLine()) != null) {
            if (answer.contains(expect)) {
                return answer;
            }
        }
        throw new IOException("server console closed");
    }

    /** User plus system CPU time of the process so far, from /proc (USER_HZ is 100 on Linux). */
    long cpuMillis() throws IOException {
        return cpuMillis(pid());
    }

    /** User plus system CPU time of process {@code pid} so far, from /proc. */
    static long cpuMillis(long pid) throws IOException {
        String[] f = Files.readString(Path.of("/proc", Long.toString(pid), "stat")).replaceAll(".*\\) ", "").split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
    }

    /** Resident set size from /proc/<pid>/status. */
    long rssBytes() throws IOException {
        return rssBytes(pid());
    }

    /** Resident set size of process {@code pid}, from /proc/<pid>/status. */
    static long rssBytes(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        }
        throw new IOException("no VmRSS for " + pid);
    }

    /** The JDK's jcmd, which runs a GC in the server and reads its heap (the image has no jcmd of its own). */
    static String jcmd() {
        return Path.of(System.getenv().getOrDefault("JAVA_HOME", "/usr/lib/jvm/temurin-25-jdk-amd64"), "bin", "jcmd").toString();
    }

    /** Heap in use right after a full GC, from {@code jcmd GC.run} and {@code GC.heap_info}. */
    long heapAfterGc(String jcmd) throws IOException, InterruptedException {
        run(jcmd, Long.toString(pid()), "GC.run");
        String info = run(jcmd, Long.toString(pid()), "GC.heap_info");
        Matcher m = Pattern.compile("(\\d+)([KM]) used|used (\\d+)(K)").matcher(info);
        if (!m.find()) {
            throw new IOException("no heap figure in: " + info);
        }
        // G1 prints "used 123456K"; Shenandoah "118M committed, 117M used" (K or M)
        return m.group(1) != null ? Long.parseLong(m.group(1)) * (m.group(2).equals("M") ? 1048576 : 1024)
                : Long.parseLong(m.group(3)) * 1024;
    }

    /** Live threads of the process (platform threads: virtual ones are not OS threads), from /proc. */
    int osThreads() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
            if (line.startsWith("Threads:")) {
                return Integer.parseInt(line.replaceAll("\\D", ""));
            }
        }
        throw new IOException("no Threads for " + pid());
    }

    /** One unlabelled sample from the server's {@code /metrics} page (loopback may read it by default). */
    double metric(int port, String name) throws IOException {
        for (String line : metricsPage(port).split("\n")) {
            if (line.startsWith(name + " ")) {
                return Double.parseDouble(line.substring(name.length() + 1).trim());
            }
        }
        throw new IOException("no metric " + name + " on /metrics");
    }

    /** The server's {@code /metrics} page, head and body. */
    private static String metricsPage(int port) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(("GET /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The sum of every sample of a family on the server's {@code /metrics} page (all its labels). */
    double metricSum(int port, String name) throws IOException {
        double sum = 0;
        for (String line : metricsPage(port).split("\n")) {
            if (line.startsWith(name + " ") || line.startsWith(name + "{")) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1).trim());
            }
        }
        return sum;
    }

    /** One family's samples on the server's {@code /metrics} page by the world they are labelled with. */
    Map<String, Double> metricByWorld(int port, String name) throws IOException {
        Pattern sample = Pattern.compile(Pattern.quote(name) + "\\{world=\"([^\"]+)\"} (\\S+)");
        Map<String, Double> out = new HashMap<>();
        for (String line : metricsPage(port).split("\n")) {
            Matcher m = sample.matcher(line);
            if (m.matches()) {
                out.put(m.group(1), Double.parseDouble(m.group(2)));
            }
        }
        return out;
    }

    /** Scheduler figures of one thread so far: CPU time, time spent runnable but waiting for a core, involuntary switches. */
    record ThreadSchedule(long cpuNanos, long waitNanos, long preempted) {
        ThreadSchedule minus(ThreadSchedule earlier) {
            return new ThreadSchedule(cpuNanos - earlier.cpuNanos, waitNanos - earlier.waitNanos, preempted - earlier.preempted);
        }
    }

    /** The schedule of the process's thread named {@code name}, from /proc/<pid>/task/<tid>/schedstat and status. */
    ThreadSchedule threadSchedule(String name) throws IOException {
        try (var tasks = Files.list(Path.of("/proc", Long.toString(pid()), "task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                if (Files.readString(task.resolve("comm")).strip().equals(name)) {
                    String[] stat = Files.readString(task.resolve("schedstat")).strip().split(" ");
                    long preempted = -1;
                    for (String line : Files.readAllLines(task.resolve("status"))) {
                        if (line.startsWith("nonvoluntary_ctxt_switches:")) {
                            preempted = Long.parseLong(line.replaceAll("\\D", ""));
                        }
                    }
                    return new ThreadSchedule(Long.parseLong(stat[0]), Long.parseLong(stat[1]), preempted);
                }
            }
        }
        throw new IOException("no thread named " + name + " in " + pid());
    }

    static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
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
