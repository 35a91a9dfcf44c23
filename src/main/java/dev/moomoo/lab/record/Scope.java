package dev.moomoo.lab.record;

import dev.moomoo.lab.LabFrame;

import java.util.function.Predicate;

/** What a recording keeps of a world's frames: all of them, one connection's, or one player's. */
public sealed interface Scope {
    /** The world recorded. */
    String world();

    /** {@code world}, {@code connection} or {@code player}, as {@code recording.json} names the scope. */
    String kind();

    /** What the scope names: nothing for a world, a connection's id, a player's sid at the start. */
    String target();

    /** A new filter of this scope's frames, for one subscription (it may learn as frames pass: see {@link Player}). */
    Predicate<LabFrame> filter();

    record World(String world) implements Scope {
        @Override
        public String kind() {
            return "world";
        }

        @Override
        public String target() {
            return "";
        }

        @Override
        public Predicate<LabFrame> filter() {
            return f -> f.world().equals(world);
        }
    }

    record Connection(String world, String connectionId) implements Scope {
        @Override
        public String kind() {
            return "connection";
        }

        @Override
        public String target() {
            return connectionId;
        }

        @Override
        public Predicate<LabFrame> filter() {
            return f -> f.connectionId().equals(connectionId);
        }
    }

    /**
     * A player, named by its sid when the recording starts, whose connection is then {@code connectionId}.
     * The filter follows that connection until one of its frames carries the player key ({@link LabFrame#player()}),
     * and from then on every connection with that key: the same player after a reconnect.
     */
    record Player(String world, int sid, String connectionId) implements Scope {
        @Override
        public String kind() {
            return "player";
        }

        @Override
        public String target() {
            return Integer.toString(sid);
        }

        @Override
        public Predicate<LabFrame> filter() {
            return new Predicate<>() {
                /** The player key, once a frame of the first connection told it (written and read on the lab's one thread). */
                private volatile String key;

                @Override
                public boolean test(LabFrame f) {
                    if (f.connectionId().equals(connectionId)) {
                        if (key == null && !f.player().isEmpty()) {
                            key = f.player();
                        }
                        return true;
                    }
                    return key != null && key.equals(f.player()) && f.world().equals(world);
                }
            };
        }
    }
}
