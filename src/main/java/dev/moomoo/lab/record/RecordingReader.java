package dev.moomoo.lab.record;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads a recording file front to back (src/site/recording-format.md): its {@link #info()} first, then
 * each record from {@link #next()}, then its {@link #summary()}. Memory stays bounded whatever the input
 * (a record's body is at most 16 MiB, a JSON entry at most 1 MiB); nothing is read ahead beyond the zip's
 * own buffers. Every problem is a {@link RecordingException} of one line; a file that was cut short gives
 * its records up to the cut first.
 */
public final class RecordingReader implements AutoCloseable {
    private static final byte[] ZIP_START = {'P', 'K', 3, 4};

    private final ZipInputStream zip;
    private final RecordingInfo info;
    /** The frames entry being read, or null between entries. */
    private DataInputStream frames;
    private String entryName = RecordingInfo.ENTRY;
    private RecordingSummary summary;
    private boolean ended;
    private long records;

    private RecordingReader(ZipInputStream zip) throws RecordingException {
        this.zip = zip;
        ZipEntry first = nextEntry();
        if (first == null) {
            throw new RecordingException("not a recording: a zip file without entries");
        }
        if (!first.getName().equals(RecordingInfo.ENTRY)) {
            throw new RecordingException("not a recording: the first entry is '" + printable(first.getName()) + "', not " + RecordingInfo.ENTRY);
        }
        this.info = RecordingInfo.parse(entry(RecordingInfo.ENTRY, RecordingInfo.MAX_BYTES));
    }

    /** Opens {@code in} (closed with the reader) and reads its {@code recording.json}. */
    public static RecordingReader open(InputStream in) throws RecordingException {
        BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
        try {
            buffered.mark(ZIP_START.length);
            byte[] start = buffered.readNBytes(ZIP_START.length);
            buffered.reset();
            if (start.length == 0) {
                throw new RecordingException("not a recording: the file is empty");
            }
            if (!Arrays.equals(start, ZIP_START)) {
                throw new RecordingException("not a recording: it does not start as a zip file does");
            }
        } catch (IOException e) {
            throw new RecordingException("cannot be read: " + e.getMessage());
        }
        return new RecordingReader(new ZipInputStream(buffered));
    }

    /** Opens the file {@code path}. */
    public static RecordingReader open(Path path) throws IOException, RecordingException {
        InputStream in = Files.newInputStream(path);
        try {
            return open(in);
        } catch (RecordingException e) {
            in.close();
            throw e;
        }
    }

    /** Whether the file starts as a zip does: a recording, or a zip of something else (never a text trace). */
    public static boolean startsAsZip(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return Arrays.equals(in.readNBytes(ZIP_START.length), ZIP_START);
        }
    }

    public RecordingInfo info() {
        return info;
    }

    /** Records read so far. */
    public long records() {
        return records;
    }

    /** The next record, or null after the last one (then {@link #summary()} is the file's summary). */
    public Recorded next() throws RecordingException {
        while (!ended) {
            if (frames == null) {
                ZipEntry e = nextEntry();
                if (e == null) {
                    ended = true;
                    if (summary == null) {
                        throw new RecordingException(cutShort("after " + entryName + ", before " + RecordingSummary.ENTRY));
                    }
                    return null;
                }
                entryName = printable(e.getName());
                if (summary != null) {
                    throw new RecordingException("entry " + entryName + " after " + RecordingSummary.ENTRY + ", which comes last");
                }
                if (entryName.equals(RecordingSummary.ENTRY)) {
                    summary = RecordingSummary.parse(entry(RecordingSummary.ENTRY, RecordingSummary.MAX_BYTES));
                } else if (entryName.startsWith("frames-")) {
                    frames = new DataInputStream(zip);
                }
                // any other entry is a later version's (src/site/recording-format.md, "Reserved"): skipped
                continue;
            }
            Recorded r = record();
            if (r != null) {
                records++;
                return r;
            }
        }
        return null;
    }

    /** The next record of the frames entry being read; null at its end, or for a record of a type skipped. */
    private Recorded record() throws RecordingException {
        byte[] body;
        int type;
        try {
            type = frames.read();
            if (type < 0) {
                frames = null;
                return null;
            }
            int length = frames.readInt();
            if (length < 0 || length > RecordCodec.MAX_BODY) {
                throw new RecordingException("a record in " + entryName + " says its body is " + Integer.toUnsignedString(length)
                        + " bytes, more than the " + (RecordCodec.MAX_BODY >> 20) + " MiB a record may have");
            }
            body = frames.readNBytes(length); // grows as the bytes come: a false length costs no more than the data
            if (body.length < length) {
                throw new EOFException();
            }
        } catch (EOFException | ZipException e) {
            throw new RecordingException(cutShort("in " + entryName));
        } catch (IOException e) {
            throw new RecordingException("cannot be read: " + e.getMessage());
        }
        try {
            return RecordCodec.decode(type, body); // null: a later version's record type, skipped
        } catch (RecordingException e) {
            throw new RecordingException(e.getMessage() + " (in " + entryName + ", after " + records + " records)");
        }
    }

    /** The summary, once {@link #next()} has returned null; null before. */
    public RecordingSummary summary() {
        return summary;
    }

    private String cutShort(String where) {
        return "cut short " + where + " (" + records + " records read): the server stopped without closing it";
    }

    private ZipEntry nextEntry() throws RecordingException {
        try {
            return zip.getNextEntry();
        } catch (EOFException e) {
            throw new RecordingException(cutShort("after " + entryName));
        } catch (ZipException e) {
            throw new RecordingException(records == 0 && entryName.equals(RecordingInfo.ENTRY) && frames == null && info == null
                    ? "not a recording: " + e.getMessage() : cutShort("after " + entryName) + " (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new RecordingException("cannot be read: " + e.getMessage());
        }
    }

    /** The rest of the current entry, at most {@code max} bytes. */
    private byte[] entry(String name, int max) throws RecordingException {
        try {
            byte[] bytes = zip.readNBytes(max + 1);
            if (bytes.length > max) {
                throw new RecordingException(name + " is longer than the " + (max >> 10) + " KiB it may be");
            }
            return bytes;
        } catch (EOFException | ZipException e) {
            throw new RecordingException(cutShort("in " + name));
        } catch (IOException e) {
            throw new RecordingException("cannot be read: " + e.getMessage());
        }
    }

    /** An entry's name as an error may quote it: short, without control characters. */
    private static String printable(String name) {
        String s = name.replaceAll("\\p{Cntrl}", "?");
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
