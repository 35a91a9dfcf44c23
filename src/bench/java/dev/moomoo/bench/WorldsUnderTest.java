package dev.moomoo.bench;

import java.io.IOException;
import java.util.List;

/**
 * K worlds started for {@link WorldsBench}, in one process or in several: where each world's players
 * dial, a window over which each world's ticks are read, and the CPU time and RSS of all its processes.
 */
sealed interface WorldsUnderTest extends AutoCloseable permits ImageWorlds, NodeWorlds {
    int port(int world);

    /** The request path the load generator's players of {@code world} dial. */
    String path(int world);

    /** Starts a new window of tick figures in every world. */
    void startWindow() throws IOException, InterruptedException;

    /** Every world's ticks since {@link #startWindow()}, in the order of the worlds. */
    List<WorldTicks> endWindow() throws IOException, InterruptedException;

    /** User plus system CPU time of every process so far. */
    long cpuMillis() throws IOException;

    /** The sum of every process's resident set. */
    long rssBytes() throws IOException;

    @Override
    void close();
}
