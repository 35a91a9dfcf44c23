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
    private final Commands commands;
    private final InputStream in;
    private final PrintStream out;

    public Console(Commands commands, InputStream in, PrintStream out) {
        this.commands = commands;
        this.in = in;
        this.out = out;
    }

    /** Runs until the stream ends (no console attached: the loop simply ends). */
    @Override
    public void run() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    out.println(commands.execute(line).get(10, TimeUnit.SECONDS));
                } catch (Exception e) {
                    out.println("command failed: " + e);
                }
                out.flush();
            }
        } catch (IOException e) {
            Logger.debug("console closed: {}", e.getMessage());
        }
    }
}
