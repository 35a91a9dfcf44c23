package dev.moomoo.protocol;

import org.msgpack.core.MessageBufferPacker;
import org.msgpack.core.MessagePack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Writes plain Java values as msgpack in the smallest form: integral numbers as the narrowest
 * integer, other numbers as float32 or float64. The browser reads every width the same way.
 */
public final class MsgpackWriter {
    // A small first buffer: most packets are tens of bytes, and the default is 8 KiB per writer.
    private final MessageBufferPacker packer = new MessagePack.PackerConfig().withBufferSize(256).newBufferPacker();
    private final boolean float32;

    /** @param float32 write non-integral numbers as float32 (the server's choice: 5 bytes instead of 9) */
    public MsgpackWriter(boolean float32) {
        this.float32 = float32;
    }

    /** Encodes {@code [code, [args...]]}. */
    public byte[] message(String code, List<?> args) {
        packer.clear();
        try {
            packer.packArrayHeader(2);
            packer.packString(code);
            write(args);
            return packer.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a buffer packer does no I/O
        }
    }

    private void write(Object v) throws IOException {
        switch (v) {
            case null -> packer.packNil();
            case Boolean b -> packer.packBoolean(b);
            case Integer i -> packer.packInt(i);
            case Long l -> packer.packLong(l);
            case Number n -> writeNumber(n.doubleValue());
            case String s -> packer.packString(s);
            case List<?> list -> {
                packer.packArrayHeader(list.size());
                for (Object o : list) {
                    write(o);
                }
            }
            case Map<?, ?> map -> {
                packer.packMapHeader(map.size());
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    write(e.getKey());
                    write(e.getValue());
                }
            }
            default -> throw new IllegalArgumentException("cannot encode " + v.getClass());
        }
    }

    private void writeNumber(double d) throws IOException {
        if (d == Math.rint(d) && Math.abs(d) < 9.007199254740992E15 && !(d == 0 && 1 / d < 0)) {
            packer.packLong((long) d);
        } else if (float32 && (float) d == d) {
            packer.packFloat((float) d);
        } else if (float32 && Math.abs(d) < 1e7) {
            packer.packFloat((float) d);
        } else {
            packer.packDouble(d);
        }
    }
}
