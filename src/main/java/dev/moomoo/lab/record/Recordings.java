package dev.moomoo.lab.record;

import dev.moomoo.lab.KeyframeSource;
import dev.moomoo.lab.LabFeed;
import org.tinylog.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

/**
 * The server's recordings: the directory they are written to ({@code <state-dir>/recordings}), the one
 * recording running in each world (and why the last one failed, if it did), and the files there, listed
 * and opened for download. Starting and stopping do no file work, so a tick thread may call them. Any thread.
 */
public final class Recordings implements AutoCloseable {
    /** How every recording file's name ends. */
    public static final String SUFFIX = ".rec.zip";
    /** What a recording's file name may be: no path, nothing a shell or a URL must quote. */
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,200}" + Pattern.quote(SUFFIX));
    private static final DateTimeFormatter SERIES_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    /** A recording file in the directory. */
    public record Listed(String name, long bytes, long modifiedEpochMillis) {
    }

    private final Path dir;
    private final LabFeed feed;
    private final String server;
    private final LongSupplier nanoClock;
    private final InstantSource wallClock;
    private final Map<String, Recorder> running = new HashMap<>();
    /** Why the last recording of a world failed (its first file could not be made, a write failed), until the next starts. */
    private final Map<String, String> failed = new HashMap<>();

    /** @param server the server's name and version, written into each recording */
    public Recordings(Path dir, LabFeed feed, String server) {
        this(dir, feed, server, System::nanoTime, InstantSource.system());
    }

    public Recordings(Path dir, LabFeed feed, String server, LongSupplier nanoClock, InstantSource wallClock) {
        this.dir = dir;
        this.feed = feed;
        this.server = server;
        this.nanoClock = nanoClock;
        this.wallClock = wallClock;
    }

    public Path dir() {
        return dir;
    }

    /** Starts recording {@code scope} without keyframes (see {@link #start(Scope, long, Bounds, KeyframeSource)}). */
    public Recorder start(Scope scope, long seed, Bounds bounds) {
        return start(scope, seed, bounds, KeyframeSource.NONE);
    }

    /**
     * Starts recording {@code scope} (its world's one recording) with the world's {@code seed}, and
     * keyframes of its views from {@code keyframes} (of each connection, for a world), without waiting for
     * the file: the recorder makes it on its own thread (and the directory when missing), under the first
     * series name not taken; {@link Recorder#opened()} tells when, and a failure is told by {@link #failure}.
     * An {@link IllegalStateException} when the world records already.
     */
    public synchronized Recorder start(Scope scope, long seed, Bounds bounds, KeyframeSource keyframes) {
        Recorder now = running(scope.world());
        if (now != null) {
            throw new IllegalStateException("world " + scope.world() + " is recording already (" + describe(now.scope()) + "): record off first");
        }
        long started = wallClock.millis();
        String stem = SERIES_TIME.format(wallClock.instant()) + "-" + safe(scope.world()) + "-" + scope.kind()
                + (scope.target().isEmpty() ? "" : "-" + safe(scope.target()));
        Recorder r = Recorder.start(scope, n -> new RecordingInfo(RecordingInfo.VERSION, server, scope.world(), seed, scope.kind(), scope.target(),
                started, n == 1 ? stem : stem + "-" + n, 1, 0, bounds), dir, feed, keyframes, nanoClock, wallClock);
        running.put(scope.world(), r);
        failed.remove(scope.world());
        return r;
    }

    /** The recording running in {@code world}, or null (one that ended by itself is forgotten here, and why it failed kept). */
    public synchronized Recorder running(String world) {
        Recorder r = running.get(world);
        if (r != null && r.finished().isDone()) {
            running.remove(world);
            if (r.finished().isCompletedExceptionally()) {
                failed.put(world, describe(r.scope()) + ": " + r.finished().exceptionNow().getMessage());
            }
            return null;
        }
        return r;
    }

    /** Why the last recording of {@code world} failed, when it did and none has started since; else null. */
    public synchronized String failure(String world) {
        running(world);
        return failed.get(world);
    }

    /** Stops the recording of {@code world}; returns it (its {@link Recorder#finished()} tells when its file is closed), or null. */
    public synchronized Recorder stop(String world, RecordingSummary.Ended why) {
        Recorder r = running.remove(world);
        if (r != null) {
            r.stop(why);
        }
        return r;
    }

    /** The recording files, newest first. */
    public List<Listed> list() throws IOException {
        List<Listed> files = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (FILE_NAME.matcher(name).matches() && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    files.add(new Listed(name, Files.size(p), Files.getLastModifiedTime(p).toMillis()));
                }
            }
        } catch (NoSuchFileException e) {
            return files;
        }
        files.sort(Comparator.comparing(Listed::modifiedEpochMillis).reversed().thenComparing(Listed::name));
        return files;
    }

    /**
     * The recording file {@code name} (as {@link #list()} gives it) to read or send; a {@link NoSuchFileException}
     * for a name that is not one (a path, another file of the directory) or a file that is not there.
     */
    public InputStream open(String name) throws IOException {
        if (name == null || !FILE_NAME.matcher(name).matches()) {
            throw new NoSuchFileException(String.valueOf(name), null, "not the name of a recording");
        }
        Path p = dir.resolve(name);
        if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
            throw new NoSuchFileException(name);
        }
        return Files.newInputStream(p, LinkOption.NOFOLLOW_LINKS);
    }

    /** Stops every recording (the server stops), waiting up to two seconds for their files to close. */
    @Override
    public void close() {
        List<Recorder> all;
        synchronized (this) {
            all = new ArrayList<>(running.values());
            running.clear();
        }
        for (Recorder r : all) {
            try {
                r.stop(RecordingSummary.Ended.SERVER_STOPPED).get(2, TimeUnit.SECONDS);
            } catch (Exception e) {
                Logger.warn("recording of {} not closed in order: {}", describe(r.scope()), e.toString());
            }
        }
    }

    /** A scope as the operator names it: {@code world main}, {@code connection 2bz4 in world main}, {@code player 7 in world main}. */
    public static String describe(Scope scope) {
        return scope.kind() + " " + (scope.target().isEmpty() ? scope.world() : scope.target() + " in world " + scope.world());
    }

    private static String safe(String s) {
        String t = s.replaceAll("[^A-Za-z0-9_.-]", "_");
        return t.length() > 40 ? t.substring(0, 40) : t;
    }
}
