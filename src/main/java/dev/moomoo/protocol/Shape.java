package dev.moomoo.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How one packet's record goes over the wire: the positional arguments its handler takes
 * ({@code [code, args]}, see {@code src/site/protocol.md}), and how those arguments are read back into
 * the record. Each record declares its own beside its components ({@code SHAPE}); a profile may give a
 * packet another ({@link Profile#withShape}).
 */
interface Shape<T> {
    /** The handler's positional arguments for {@code packet}: what is written, and what the packet trace shows. */
    List<?> args(T packet);

    /** The record from its arguments: lenient where the real client varies, strict everywhere else (see {@link Args}). */
    T read(Args args) throws PacketException;

    /** Writes the argument array: as {@link #args} says, or straight into the buffer for the packets sent in bulk. */
    void write(T packet, MsgpackBuffer out);

    /** Reads a record from its arguments. */
    @FunctionalInterface
    interface Reader<T> {
        T read(Args args) throws PacketException;
    }

    /** Writes a record's argument array straight into a buffer. */
    @FunctionalInterface
    interface Writer<T> {
        void write(T packet, MsgpackBuffer out);
    }

    /** A shape whose arguments are written as their list says. */
    static <T> Shape<T> of(Function<T, List<?>> args, Reader<T> reader) {
        return of(args, (packet, out) -> out.value(args.apply(packet)), reader);
    }

    /**
     * A shape whose arguments are written straight into the buffer by {@code writer}, without building
     * the list: the same bytes as {@code args} gives (checked for every packet by a test), for a packet
     * sent in bulk.
     */
    static <T> Shape<T> of(Function<T, List<?>> args, Writer<T> writer, Reader<T> reader) {
        return new Shape<>() {
            @Override
            public List<?> args(T packet) {
                return args.apply(packet);
            }

            @Override
            public void write(T packet, MsgpackBuffer out) {
                writer.write(packet, out);
            }

            @Override
            public T read(Args a) throws PacketException {
                return reader.read(a);
            }
        };
    }

    /** A packet without arguments. */
    static <T> Shape<T> empty(Supplier<T> make) {
        return of(p -> List.of(), a -> {
            a.arity(0, 0);
            return make.get();
        });
    }

    /**
     * The arguments of a flat-list packet: ONE argument, the fields of every item one after the other
     * (the handler walks the list in strides). {@code fields} may hold nulls ({@link java.util.Arrays#asList}).
     */
    static <E> List<?> flat(List<E> items, Function<E, List<?>> fields) {
        List<Object> flat = new ArrayList<>();
        for (E item : items) {
            flat.addAll(fields.apply(item));
        }
        return List.of(flat);
    }
}
