package dev.moomoo.protocol;

import java.util.function.Function;

/** A registry's line by its record class, found once per class (the send path asks for every packet). */
final class ByRecord<K> extends ClassValue<K> {
    static final ByRecord<ServerKind> SERVER = new ByRecord<>(ServerKind.values(), k -> k.record);
    static final ByRecord<ClientKind> CLIENT = new ByRecord<>(ClientKind.values(), k -> k.record);

    private final K[] lines;
    private final Function<K, Class<?>> recordOf;

    private ByRecord(K[] lines, Function<K, Class<?>> recordOf) {
        this.lines = lines;
        this.recordOf = recordOf;
    }

    @Override
    protected K computeValue(Class<?> record) {
        for (K line : lines) {
            if (recordOf.apply(line) == record) {
                return line;
            }
        }
        throw new IllegalArgumentException(record.getName() + " has no line in its packet registry");
    }
}
