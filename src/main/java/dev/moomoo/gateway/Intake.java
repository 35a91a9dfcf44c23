package dev.moomoo.gateway;

/**
 * Whether the game endpoints seat new players. Open until the server drains before it stops (README,
 * "Stopping: the drain"); from then on every new game socket is greeted, told {@link #RESTARTING} and
 * closed with 1001, so that its client moves on instead of joining a world that is about to close. One
 * for the whole server, shared by every world's endpoints; any thread.
 */
public final class Intake {
    /**
     * The reason a drain gives: the v1.9 client takes exactly this text as "reload the list and move to
     * another server" (src/site/keyed-protocol.md); the others show it as it is.
     */
    public static final String RESTARTING = "Server is restarting - pick another";

    private volatile boolean closed;

    /** From now on new game sockets are refused. There is no reopening: the server stops after a drain. */
    public void close() {
        closed = true;
    }

    public boolean open() {
        return !closed;
    }
}
