package dev.moomoo.admin;

import org.tinylog.Logger;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** The server console: reads command lines from a stream (stdin) and prints each answer. */
public final class Console implements Runnable {
    private final WorldCommands commands;
    private final InputStream in;
    private final PrintStream out;

    public Console(WorldCommands commands, InputStream in, PrintStream out) {
        this.commands = commands;
        this.in = in;
        this.out = out;
    }

    /** Longest command line read; the rest of a longer line is skipped (memory stays bounded whatever stdin holds). */
    static final int MAX_LINE = 4096;

    /** Runs until the stream ends (no console attached: the loop simply ends). */
    @Override
    public void run() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            StringBuilder line = new StringBuilder();
            while (readLine(reader, line)) {
                if (line.length() > MAX_LINE) {
                    out.println("line of more than " + MAX_LINE + " characters ignored");
                    continue;
                }
                if (line.toString().isBlank()) {
                    continue;
                }
                try {
                    out.println(commands.execute(line.toString()).get(10, TimeUnit.SECONDS));
                } catch (Exception e) {
                    out.println("command failed: " + e);
                }
                out.flush();
            }
        } catch (IOException e) {
            Logger.debug("console closed: {}", e.getMessage());
        }
    }

    /**
     * The next line into {@code line} (at most {@link #MAX_LINE} + 1 characters kept: more marks it too
     * long); false at the end of the stream.
     */
    private static boolean readLine(BufferedReader reader, StringBuilder line) throws IOException {
        line.setLength(0);
        int c;
        while ((c = reader.read()) >= 0) {
            if (c == '\n') {
                return true;
            }
            if (c != '\r' && line.length() <= MAX_LINE) {
                line.append((char) c);
            }
        }
        return !line.isEmpty();
    }
}
