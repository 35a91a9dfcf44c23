package dev.moomoo.lab.record;

import dev.moomoo.lab.KeyframeSource;
import dev.moomoo.lab.LabFeed;
import org.tinylog.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
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
 * recording running in each world, and the files there, listed and opened for download. Any thread.
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
    public Recorder start(Scope scope, long seed, Bounds bounds) throws IOException {
        return start(scope, seed, bounds, KeyframeSource.NONE);
    }

    /**
     * Starts recording {@code scope} (its world's one recording) with the world's {@code seed}, and
     * keyframes of its views from {@code keyframes} (of each connection, for a world); the directory is made
     * when missing. An {@link IllegalStateException} when the world records already.
     */
    public synchronized Recorder start(Scope scope, long seed, Bounds bounds, KeyframeSource keyframes) throws IOException {
        Recorder now = running(scope.world());
        if (now != null) {
            throw new IllegalStateException("world " + scope.world() + " is recording already (" + describe(now.scope()) + "): record off first");
        }
        Files.createDirectories(dir);
        long started = wallClock.millis();
        String stem = SERIES_TIME.format(wallClock.instant()) + "-" + safe(scope.world()) + "-" + scope.kind()
                + (scope.target().isEmpty() ? "" : "-" + safe(scope.target()));
        for (int n = 1; ; n++) {
            String series = n == 1 ? stem : stem + "-" + n;
            RecordingInfo first = new RecordingInfo(RecordingInfo.VERSION, server, scope.world(), seed, scope.kind(), scope.target(),
                    started, series, 1, 0, bounds);
            try {
                Recorder r = Recorder.start(scope, first, dir, feed, keyframes, nanoClock, wallClock);
                running.put(scope.world(), r);
                return r;
            } catch (FileAlreadyExistsException e) {
                if (n >= 100) {
                    throw e;
                }
            }
        }
    }

    /** The recording running in {@code world}, or null (one that failed is forgotten here). */
    public synchronized Recorder running(String world) {
        Recorder r = running.get(world);
        if (r != null && r.finished().isDone()) {
            running.remove(world);
            return null;
        }
        return r;
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
                Logger.warn("recording {} not closed in order: {}", r.status().file(), e.toString());
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
