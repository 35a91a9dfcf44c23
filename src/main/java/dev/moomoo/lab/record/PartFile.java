package dev.moomoo.lab.record;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * One file of a recording while it is written: {@code recording.json} first, then the frames blocks, each
 * an entry of its own that is on disk once written, then {@code summary.json} (src/site/recording-format.md,
 * "The file"). The recorder's thread alone uses it.
 */
final class PartFile implements AutoCloseable {
    /**
     * What one entry costs beyond its compressed data, at most: its local header, data descriptor and
     * directory entry, each with the name and the ZIP64 fields.
     */
    static final int ENTRY_OVERHEAD = 200;
    /** The end of the zip's directory (ZIP64 records included). */
    static final int END_OVERHEAD = 128;

    private final Path path;
    private final Counting counted;
    private final ZipOutputStream zip;
    private int blocks;

    /** Creates the file (never over another) and writes its {@code recording.json}. */
    PartFile(Path path, RecordingInfo info) throws IOException {
        this.path = path;
        this.counted = new Counting(new BufferedOutputStream(Files.newOutputStream(path, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), 1 << 16));
        this.zip = new ZipOutputStream(counted);
        try {
            entry(RecordingInfo.ENTRY, info.toJson(), info.toJson().length);
        } catch (IOException e) {
            zip.close();
            throw e;
        }
    }

    Path path() {
        return path;
    }

    /** Bytes written so far (all of them on disk once an entry is closed). */
    long bytes() {
        return counted.count;
    }

    /** Entries written so far. */
    int entries() {
        return blocks + 1;
    }

    /** The next frames entry: {@code length} bytes of whole records; on disk when this returns. */
    void block(byte[] records, int length) throws IOException {
        blocks++;
        entry(String.format("frames-%06d.bin", blocks), records, length);
    }

    /** Writes {@code summary.json} and closes the file. */
    void finish(RecordingSummary summary) throws IOException {
        byte[] json = summary.toJson();
        entry(RecordingSummary.ENTRY, json, json.length);
        zip.close();
    }

    private void entry(String name, byte[] bytes, int length) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes, 0, length);
        zip.closeEntry();
        zip.flush(); // the entry is complete: a crash from here on leaves it readable
    }

    /** Closes the file without a summary (after a failed write). */
    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** Counts what the zip writes. */
    private static final class Counting extends FilterOutputStream {
        long count;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }

    /** An upper bound of what {@code n} bytes deflate to (deflate's stored blocks cost 5 bytes per 16 KiB at worst). */
    static long deflated(long n) {
        return n + (n >> 10) + 64;
    }
}
