package dev.moomoo.lab.inspect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * What the inspector's page may see of the server's recordings and do with them (README, "Recordings"):
 * the files, one file's bytes, and the console's {@code record} and {@code mark} commands. The server
 * gives it; the inspector only checks who asks. Any thread.
 */
public interface RecordingDesk {
    /** A file to send: its first {@code length} bytes are the download (it may still grow while it is sent). */
    record Download(String name, long length, InputStream in) {
    }

    /** The worlds a recording may be made in, the default first. */
    List<String> worlds();

    /** The recording files, newest first. */
    List<RecordingFile> list() throws IOException;

    /** The recording file {@code name} as {@link #list()} names it; a {@link NoSuchFileException} for any other name. */
    Download open(String name) throws IOException;

    /**
     * Runs a command line ({@code record ...}, {@code mark ...}) in {@code world} as the console does,
     * given by {@code origin} (which its markers and the log name); the future holds its answer.
     */
    CompletableFuture<String> run(String world, String line, String origin);
}
