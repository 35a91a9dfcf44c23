package dev.moomoo.server;

import dev.moomoo.lab.inspect.RecordingDesk;
import dev.moomoo.lab.inspect.RecordingFile;
import dev.moomoo.lab.record.Recorded;
import dev.moomoo.lab.record.Recorder;
import dev.moomoo.lab.record.RecordingException;
import dev.moomoo.lab.record.RecordingInfo;
import dev.moomoo.lab.record.RecordingReader;
import dev.moomoo.lab.record.RecordingSummary;
import dev.moomoo.lab.record.Recordings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The inspector's recordings (README, "Recordings"): the files of {@link Recordings} as the page lists them,
 * each read no further than its {@code recording.json} and, once closed, its {@code summary.json}
 * (src/site/recording-format.md); and the console's own {@code record} and {@code mark} commands, run in
 * the world a request names. Any thread.
 */
public final class InspectorDesk implements RecordingDesk {
    /** The console's command lines: {@code @<world> <line>} runs in that world, given by {@code origin}. */
    @FunctionalInterface
    public interface CommandLines {
        CompletableFuture<String> execute(String line, String origin);
    }

    /** The most of a {@code summary.json} read (the format allows 1 MiB). */
    private static final int MAX_SUMMARY = 1 << 20;
    private static final double NANOS_PER_SECOND = 1e9;

    private final Recordings recordings;
    private final List<String> worlds;
    private final CommandLines commands;

    /** @param worlds the worlds' names, the default first */
    public InspectorDesk(Recordings recordings, List<String> worlds, CommandLines commands) {
        this.recordings = recordings;
        this.worlds = List.copyOf(worlds);
        this.commands = commands;
    }

    @Override
    public List<String> worlds() {
        return worlds;
    }

    @Override
    public List<RecordingFile> list() throws IOException {
        Map<String, Recorder.Status> writing = new HashMap<>();
        for (String w : worlds) {
            Recorder r = recordings.running(w);
            Recorder.Status s = r == null ? null : r.status();
            if (s != null && s.file() != null) { // null until the recorder's thread has made its first file
                writing.put(s.file().getFileName().toString(), s);
            }
        }
        List<RecordingFile> files = new ArrayList<>();
        for (Recordings.Listed l : recordings.list()) {
            files.add(describe(l, writing.get(l.name())));
        }
        return files;
    }

    /** One file as far as it can be read; {@code now} is the status of the recording writing it, or null. */
    private RecordingFile describe(Recordings.Listed l, Recorder.Status now) {
        Path file = recordings.dir().resolve(l.name());
        RecordingInfo info;
        try (RecordingReader reader = RecordingReader.open(file)) {
            info = reader.info();
        } catch (IOException | RecordingException e) {
            return RecordingFile.unread(l.name(), l.bytes()); // not yet written that far, or not a recording
        }
        RecordingSummary summary = now == null ? summary(file) : null;
        double seconds = now != null ? now.seconds() : summary != null ? summary.durationNanos() / NANOS_PER_SECOND : -1;
        List<RecordingFile.Marker> markers = new ArrayList<>();
        if (summary != null) {
            for (Recorded.Marker m : summary.markers()) {
                markers.add(new RecordingFile.Marker(m.offsetNanos() / NANOS_PER_SECOND, m.tick(), m.text(), m.origin()));
            }
        }
        return new RecordingFile(l.name(), l.bytes(), info.world(), info.scope(), info.target(), info.startedEpochMillis(), info.part(),
                seconds, now != null, summary == null ? "" : summary.ended().label(), markers);
    }

    /** The {@code summary.json} of a file closed in order, found by the zip's directory; null for one cut short or unreadable. */
    private static RecordingSummary summary(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(RecordingSummary.ENTRY);
            if (entry == null) {
                return null;
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return RecordingSummary.parse(in.readNBytes(MAX_SUMMARY));
            }
        } catch (IOException | RecordingException e) {
            return null;
        }
    }

    @Override
    public Download open(String name) throws IOException {
        InputStream in = recordings.open(name); // refuses every name that is not a recording's
        try {
            return new Download(name, Files.size(recordings.dir().resolve(name)), in);
        } catch (IOException e) {
            in.close();
            throw e;
        }
    }

    @Override
    public CompletableFuture<String> run(String world, String line, String origin) {
        return commands.execute("@" + world + " " + line, origin);
    }
}
