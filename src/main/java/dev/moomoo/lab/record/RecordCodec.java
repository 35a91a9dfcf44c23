package dev.moomoo.lab.record;

import dev.moomoo.lab.LabFrame;
import dev.moomoo.lab.LabKeyframe;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The records of a frames entry as bytes, both ways (src/site/recording-format.md, "Records"): a type,
 * the body's length, the body. One instance per writer thread (it reuses its buffer).
 */
final class RecordCodec {
    static final int FRAME = 1;
    static final int MARKER = 2;
    static final int MISSED = 3;
    static final int KEYFRAME = 4;
    /** The longest body a record may have; longer is refused as damage, not read. */
    static final int MAX_BODY = 16 << 20;
    /** The longest text a {@code str} holds; {@code 0xFFFF} is the length of an absent {@code str?}. */
    static final int MAX_TEXT = 0xFFFE;
    private static final int ABSENT_TEXT = 0xFFFF;
    /** The length of {@code plain} that means "the same bytes as wire". */
    private static final int SAME_AS_WIRE = 0xFFFF_FFFF;

    private final ByteArrayOutputStream body = new ByteArrayOutputStream(256);
    private final DataOutputStream out = new DataOutputStream(body);

    /** The record's bytes, header and body; valid until the next call. */
    byte[] encode(Recorded record) {
        body.reset();
        try {
            out.writeByte(0);
            out.writeInt(0); // the header, filled in below
            switch (record) {
                case Recorded.Frame f -> frame(f);
                case Recorded.Marker m -> {
                    out.writeLong(m.offsetNanos());
                    out.writeLong(m.epochMillis());
                    out.writeLong(m.tick());
                    text(m.text());
                    text(m.origin());
                }
                case Recorded.Missed m -> {
                    out.writeLong(m.offsetNanos());
                    out.writeLong(m.count());
                }
                case Recorded.Keyframe k -> keyframe(k);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        byte[] bytes = body.toByteArray();
        bytes[0] = (byte) switch (record) {
            case Recorded.Frame f -> FRAME;
            case Recorded.Marker m -> MARKER;
            case Recorded.Missed m -> MISSED;
            case Recorded.Keyframe k -> KEYFRAME;
        };
        int length = bytes.length - 5;
        bytes[1] = (byte) (length >>> 24);
        bytes[2] = (byte) (length >>> 16);
        bytes[3] = (byte) (length >>> 8);
        bytes[4] = (byte) length;
        return bytes;
    }

    private void frame(Recorded.Frame record) throws IOException {
        LabFrame f = record.frame();
        out.writeLong(record.offsetNanos());
        out.writeLong(f.epochMillis());
        out.writeLong(f.tick());
        out.writeByte(direction(f.direction()));
        out.writeByte(kind(f.kind()));
        out.writeInt(f.sid());
        text(f.world());
        text(f.connectionId());
        text(f.player());
        text(f.profile());
        optionalText(f.code());
        optionalText(f.reason());
        byte[] wire = f.wire() == null ? new byte[0] : f.wire();
        byte[] plain = f.plain() == null ? wire : f.plain();
        out.writeInt(wire.length);
        out.write(wire);
        if (plain == wire || Arrays.equals(plain, wire)) {
            out.writeInt(SAME_AS_WIRE);
        } else {
            out.writeInt(plain.length);
            out.write(plain);
        }
    }

    private void keyframe(Recorded.Keyframe record) throws IOException {
        LabKeyframe k = record.keyframe();
        out.writeLong(record.offsetNanos());
        out.writeLong(k.epochMillis());
        out.writeLong(k.tick());
        out.writeInt(k.sid());
        text(k.world());
        text(k.connectionId());
        text(k.player());
        text(k.profile());
        out.writeInt(k.messages().size());
        for (byte[] m : k.messages()) {
            out.writeInt(m.length);
            out.write(m);
        }
    }

    static int direction(LabFrame.Direction d) {
        return switch (d) {
            case IN -> 0;
            case OUT -> 1;
        };
    }

    static int kind(LabFrame.Kind k) {
        return switch (k) {
            case FRAME -> 0;
            case REFUSED -> 1;
            case REPLACED -> 2;
            case DROPPED -> 3;
            case OPENED -> 4;
            case CLOSED -> 5;
        };
    }

    private void text(String s) throws IOException {
        byte[] b = utf8(s);
        out.writeShort(b.length);
        out.write(b);
    }

    private void optionalText(String s) throws IOException {
        if (s == null) {
            out.writeShort(ABSENT_TEXT);
        } else {
            text(s);
        }
    }

    /** The UTF-8 of {@code s} (null as ""), cut at a character's boundary to fit a {@code str}. */
    static byte[] utf8(String s) {
        if (s == null) {
            return new byte[0]; // a frame made without one: written as LabFrame's "none", never a failed recording
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if (b.length <= MAX_TEXT) {
            return b;
        }
        int end = MAX_TEXT;
        while ((b[end] & 0xC0) == 0x80) {
            end--; // not inside a character
        }
        return Arrays.copyOf(b, end);
    }

    /**
     * The record of type {@code type} whose body is {@code bytes}, or null for a type this reader does
     * not know (a later version's, skipped).
     */
    static Recorded decode(int type, byte[] bytes) throws RecordingException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        try {
            Recorded r = switch (type) {
                case FRAME -> frame(in);
                case MARKER -> new Recorded.Marker(in.readLong(), in.readLong(), in.readLong(), text(in), text(in));
                case MISSED -> new Recorded.Missed(in.readLong(), in.readLong());
                case KEYFRAME -> keyframe(in);
                case 0 -> throw new RecordingException("a record of type 0, which is never written: the data is damaged");
                default -> null;
            };
            if (r != null && in.available() > 0) {
                throw new RecordingException("a record of type " + type + " has " + in.available() + " bytes after its last field");
            }
            return r;
        } catch (EOFException e) {
            throw new RecordingException("a record of type " + type + " ends inside its fields (body of " + bytes.length + " bytes)");
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
    }

    private static Recorded.Frame frame(DataInputStream in) throws IOException, RecordingException {
        long offset = in.readLong();
        long epochMillis = in.readLong();
        long tick = in.readLong();
        LabFrame.Direction direction = switch (in.readUnsignedByte()) {
            case 0 -> LabFrame.Direction.IN;
            case 1 -> LabFrame.Direction.OUT;
            default -> throw new RecordingException("a frame's direction is neither 0 (in) nor 1 (out)");
        };
        int kindCode = in.readUnsignedByte();
        LabFrame.Kind kind = kindOf(kindCode);
        int sid = in.readInt();
        String world = text(in);
        String connection = text(in);
        String player = text(in);
        String profile = text(in);
        String code = optionalText(in);
        String reason = optionalText(in);
        byte[] wire = bytes(in, in.readInt());
        int plainLength = in.readInt();
        byte[] plain = plainLength == SAME_AS_WIRE ? wire : bytes(in, plainLength);
        return new Recorded.Frame(offset, new LabFrame(epochMillis, offset, tick, world, connection, player, sid, profile,
                direction, kind, wire, plain, code, reason));
    }

    private static Recorded.Keyframe keyframe(DataInputStream in) throws IOException, RecordingException {
        long offset = in.readLong();
        long epochMillis = in.readLong();
        long tick = in.readLong();
        int sid = in.readInt();
        String world = text(in);
        String connection = text(in);
        String player = text(in);
        String profile = text(in);
        int count = in.readInt();
        if (count < 0 || count > in.available() / 4) {
            throw new RecordingException("a keyframe says it holds " + Integer.toUnsignedString(count) + " messages, more than its body can");
        }
        List<byte[]> messages = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            messages.add(bytes(in, in.readInt()));
        }
        return new Recorded.Keyframe(offset, new LabKeyframe(epochMillis, offset, tick, world, connection, player, sid, profile, messages));
    }

    private static LabFrame.Kind kindOf(int code) throws RecordingException {
        for (LabFrame.Kind k : LabFrame.Kind.values()) {
            if (kind(k) == code) {
                return k;
            }
        }
        throw new RecordingException("a frame's kind " + code + " is none of 0 to 5");
    }

    private static String text(DataInputStream in) throws IOException, RecordingException {
        int length = in.readUnsignedShort();
        if (length == ABSENT_TEXT) {
            throw new RecordingException("a text that may not be absent is absent");
        }
        return new String(bytes(in, length), StandardCharsets.UTF_8);
    }

    private static String optionalText(DataInputStream in) throws IOException {
        int length = in.readUnsignedShort();
        return length == ABSENT_TEXT ? null : new String(bytes(in, length), StandardCharsets.UTF_8);
    }

    /** {@code length} bytes; a length past the body's end (or negative: above 2 GiB) ends the body. */
    private static byte[] bytes(DataInputStream in, int length) throws IOException {
        if (length < 0 || length > in.available()) {
            throw new EOFException();
        }
        return in.readNBytes(length);
    }
}
