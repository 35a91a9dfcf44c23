package dev.moomoo.gateway;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A text file of lines bounded in size: when the next line would take it past its cap, it becomes
 * {@code <file>.1} (replacing an older one) and a new {@code <file>} begins, so a trace left on holds at
 * most about twice its cap on disk. One thread writes it (the trace's writer).
 */
final class TraceFile implements PacketTrace.Lines {
    private final Path path;
    private final long maxBytes;
    private BufferedWriter writer;
    private long size;

    /** Opens {@code path} to append to; fails here when it cannot be written. */
    TraceFile(Path path, long maxBytes) throws IOException {
        this.path = path;
        this.maxBytes = maxBytes;
        open();
    }

    private void open() throws IOException {
        writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        size = Files.size(path);
    }

    /** The file that holds the lines before the last rotation. */
    static Path previous(Path path) {
        return path.resolveSibling(path.getFileName() + ".1");
    }

    /** Writes {@code line} and a newline, rotating first when they would not fit under the cap. */
    @Override
    public void write(String line) throws IOException {
        long n = line.getBytes(StandardCharsets.UTF_8).length + 1L;
        if (size > 0 && size + n > maxBytes) {
            writer.close();
            Files.move(path, previous(path), StandardCopyOption.REPLACE_EXISTING);
            open();
        }
        writer.write(line);
        writer.write('\n');
        size += n;
    }

    @Override
    public void flush() throws IOException {
        writer.flush();
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
