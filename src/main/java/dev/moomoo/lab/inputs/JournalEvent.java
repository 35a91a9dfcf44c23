package dev.moomoo.lab.inputs;

import dev.moomoo.game.journal.Intake;
import dev.moomoo.protocol.ClientPacket;

/** One input a tick consumed, in the order it consumed it (src/site/input-journal.md, "Records"). */
public sealed interface JournalEvent {

    /** A client passed the joins phase's {@code door}; {@code client} is null for one of the world's own (a bot, a disconnect). */
    record Passed(Intake.Door door, ClientRef client) implements JournalEvent {
    }

    /** The input phase took {@code packet} from {@code client}'s inbox. */
    record Packet(ClientRef client, ClientPacket packet) implements JournalEvent {
    }

    /** An admin command line ran in the tasks phase. */
    record Command(String line) implements JournalEvent {
    }

    /** {@code client}'s sink refused a packet of kind {@code code}, or with {@code code} null the tick's update. */
    record Refusal(ClientRef client, String code) implements JournalEvent {
    }
}
