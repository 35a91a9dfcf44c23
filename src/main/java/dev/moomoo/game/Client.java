package dev.moomoo.game;

import java.util.concurrent.atomic.AtomicLong;

/**
 * One connected client as the game sees it, with or without a living player. Created by the network
 * side; its player and view are the tick thread's.
 */
public final class Client {
    private static final AtomicLong IDS = new AtomicLong(1);

    /** How a client can show a message from the server (a notice, an admin's answer). */
    public enum NoticeDisplay {
        /**
         * As a chat bubble over the player's own head, one short line at a time: all the real
         * MooMoo.io client can show (it shows chat from sid -1 nowhere).
         */
        OWN_BUBBLE,
        /** In a notice panel, from chat with sid -1: this project's own browser client. */
        PANEL
    }

    private final String id;
    private final PacketSink sink;
    private final Inbox inbox;
    private final String address;
    private final NoticeDisplay noticeDisplay;
    /** Lines waiting to be shown as bubbles (tick thread). */
    final Notices.Queue notices = new Notices.Queue();
    private volatile boolean joinRequested;
    /** The tribe list it was sent on connecting ({@code A}); the world sends a newer one when it joins. */
    volatile java.util.List<dev.moomoo.protocol.ServerPacket.Tribe> tribesSent;
    /** Whether this is a bot of the world's own (no socket). */
    boolean bot;
    /** Why the client is leaving, for the log: the world's own reason, else the network's. */
    volatile String leaveReason;
    /** Set by the tick thread when it disconnects the client, so it is done once. */
    boolean dropped;
    Player player;
    /** Whether this client logged in with the admin token. Tick thread. */
    private boolean admin;
    /** Consecutive ticks whose {@code a} update replaced one the client had not received yet. */
    int ticksBehind;

    public Client(PacketSink sink, int inboxCapacity, String address) {
        this(newId(), sink, inboxCapacity, address, NoticeDisplay.OWN_BUBBLE);
    }

    public Client(String id, PacketSink sink, int inboxCapacity, String address, NoticeDisplay noticeDisplay) {
        this.id = id;
        this.sink = sink;
        this.inbox = new Inbox(inboxCapacity);
        this.address = address;
        this.noticeDisplay = noticeDisplay;
    }

    /** A fresh socket id: short, unique in this process. */
    public static String newId() {
        return Long.toString(IDS.getAndIncrement() * 7919 + 100_000, 36);
    }

    /**
     * The tribe list a client is sent first of all, after {@code io-init}, remembered so that the world
     * sends a newer one when the client joins if tribes changed in between.
     */
    public dev.moomoo.protocol.ServerPacket tribeListPacket(java.util.List<dev.moomoo.protocol.ServerPacket.Tribe> tribes) {
        tribesSent = tribes;
        return new dev.moomoo.protocol.ServerPacket.TribeList(tribes);
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

    public boolean isBot() {
        return bot;
    }

    public NoticeDisplay noticeDisplay() {
        return noticeDisplay;
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
