package dev.moomoo.game.journal;

import dev.moomoo.game.port.Client;
import dev.moomoo.protocol.ClientPacket;

/**
 * What the tick tells an input journal, in the order it consumes it (src/site/input-journal.md). Called
 * on the tick thread, so an implementation only notes what it is given and does its encoding and writing
 * elsewhere. Inputs that came from the world itself (its bots, its own disconnects) are reported as such
 * without their details: a replay's world makes them again.
 */
public interface TickJournal {
    /** A tick begins; {@code tick} is its number (the first is 1). */
    void tickStarted(long tick);

    /** An admin command line (as the console's commands read it) is about to run in the tasks phase. */
    void commandRan(String line);

    /** A client was taken in (a join) or out (a leave) at the joins phase. */
    void passed(Intake.Door door, Arrival arrival);

    /** The input phase took {@code packet} from an outside client's inbox. */
    void packetTaken(Client client, ClientPacket packet);

    /**
     * An outside client's sink refused what the world handed it: a packet ({@code code} is its kind's
     * name) or, with {@code code} null, the tick's update. Either may end the client's connection.
     */
    void sinkRefused(Client client, String code);

    /** Whether {@link #tickEnded} wants the tick's digest (computing it walks the whole state). */
    boolean wantsDigest();

    /** The tick ended with the game in the state {@code digest} sums up (null unless {@link #wantsDigest}). */
    void tickEnded(long tick, Digest digest);

    /** No journal: every call does nothing. */
    TickJournal NONE = new TickJournal() {
        @Override
        public void tickStarted(long tick) {
        }

        @Override
        public void commandRan(String line) {
        }

        @Override
        public void passed(Intake.Door door, Arrival arrival) {
        }

        @Override
        public void packetTaken(Client client, ClientPacket packet) {
        }

        @Override
        public void sinkRefused(Client client, String code) {
        }

        @Override
        public boolean wantsDigest() {
            return false;
        }

        @Override
        public void tickEnded(long tick, Digest digest) {
        }
    };
}
