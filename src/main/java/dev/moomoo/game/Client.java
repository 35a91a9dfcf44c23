package dev.moomoo.game;

import java.util.concurrent.atomic.AtomicLong;

/**
 * One connected client as the game sees it, with or without a living player. Created by the network
 * side; its player and view are the tick thread's.
 */
public final class Client {
    private static final AtomicLong IDS = new AtomicLong(1);

    private final String id;
    private final PacketSink sink;
    private final Inbox inbox;
    private final String address;
    private volatile boolean joinRequested;
    /** Set by the tick thread when it disconnects the client, so it is done once. */
    boolean dropped;
    Player player;
    /** Whether this client logged in with the admin token. Tick thread. */
    private boolean admin;
    /** Consecutive ticks whose {@code a} update replaced one the client had not received yet. */
    int ticksBehind;

    public Client(PacketSink sink, int inboxCapacity, String address) {
        this(newId(), sink, inboxCapacity, address);
    }

    public Client(String id, PacketSink sink, int inboxCapacity, String address) {
        this.id = id;
        this.sink = sink;
        this.inbox = new Inbox(inboxCapacity);
        this.address = address;
    }

    /** A fresh socket id: short, unique in this process. */
    public static String newId() {
        return Long.toString(IDS.getAndIncrement() * 7919 + 100_000, 36);
    }

    /** The socket id the client is told in {@code io-init} and that {@code D} and {@code E} carry. */
    public String id() {
        return id;
    }

    public Inbox inbox() {
        return inbox;
    }

    public PacketSink sink() {
        return sink;
    }

    public String address() {
        return address;
    }

    /** Whether the network side has asked the world to take this client in (it is asked once). */
    public boolean markJoinRequested() {
        if (joinRequested) {
            return false;
        }
        joinRequested = true;
        return true;
    }

    /** The client's player, or null before its first spawn. Tick thread only. */
    public Player player() {
        return player;
    }

    public boolean isAdmin() {
        return admin;
    }

    public void grantAdmin() {
        admin = true;
    }

    @Override
    public String toString() {
        return "client " + id + (player == null ? "" : " (sid " + player.sid() + " '" + player.name() + "')");
    }
}
