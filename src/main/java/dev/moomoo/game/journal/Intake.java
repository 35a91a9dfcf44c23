package dev.moomoo.game.journal;

import java.util.function.Supplier;

/**
 * Where the tick takes the clients that join and leave from. A live world takes them in the order other
 * threads queued them; a replay takes them in the order its journal recorded, the world's own ones
 * (bots, disconnects) still from the world's queue.
 */
public interface Intake {
    /** The two doors of the tick's joins phase. */
    enum Door { JOIN, LEAVE }

    /** The next client through {@code door} this tick, or null for none; {@code queued} polls the world's queue. */
    Arrival next(Door door, Supplier<Arrival> queued);

    /** The live world's: what was queued, in the order it was. */
    Intake LIVE = (door, queued) -> queued.get();
}
