package dev.moomoo.game.port;

import dev.moomoo.protocol.ServerPacket;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One connection's seat in a world: its id, inbox and sink, where it connects from, how it shows
 * notices, and what the world keeps about it (dropped, why it leaves, how far behind it is, the tribe
 * list it was sent). Created by the network side, or by the world for a bot. Which player it plays is
 * the roster's to say. The volatile fields are those other threads touch; the rest are the tick thread's.
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

    /** What a client can draw (src/site/rules.md#older-clients). */
    public enum Drawing {
        /** Everything the game has: the own client, the v1.9 client, a bot, a test. */
        ALL,
        /**
         * What the v1.8 client has art and table entries for: animal types 0 to 8, hats to 58, variants
         * to 3; the world sends stand-ins for the rest.
         */
        V18
    }

    private final String id;
    private final PacketSink sink;
    private final Drawing drawing;
    private final Inbox inbox;
    private final String address;
    private final NoticeDisplay noticeDisplay;
    /** Whether this is a bot of the world's own (no socket). */
    private final boolean bot;
    private volatile boolean joinRequested;
    /** The tribe list it was sent on connecting ({@code A}); the world sends a newer one when it joins. */
    private volatile List<ServerPacket.TribeInfo> tribesSent;
    /** Why the client is leaving, for the log: the world's own reason, else the network's. */
    private volatile String leaveReason;
    /** Set by the tick thread when it disconnects the client, so it is done once. */
    private boolean dropped;
    /** Whether this client logged in with the admin token. Tick thread. */
    private boolean admin;
    /** Consecutive ticks whose {@code a} update replaced one the client had not received yet. */
    private int ticksBehind;

    public Client(PacketSink sink, int inboxCapacity, String address) {
        this(newId(), sink, inboxCapacity, address, NoticeDisplay.OWN_BUBBLE, Drawing.ALL, false);
    }

    public Client(String id, PacketSink sink, int inboxCapacity, String address, NoticeDisplay noticeDisplay) {
        this(id, sink, inboxCapacity, address, noticeDisplay, Drawing.ALL, false);
    }

    public Client(String id, PacketSink sink, int inboxCapacity, String address, NoticeDisplay noticeDisplay, Drawing drawing) {
        this(id, sink, inboxCapacity, address, noticeDisplay, drawing, false);
    }

    private Client(String id, PacketSink sink, int inboxCapacity, String address, NoticeDisplay noticeDisplay, Drawing drawing, boolean bot) {
        this.id = id;
        this.drawing = drawing;
        this.sink = sink;
        this.inbox = new Inbox(inboxCapacity);
        this.address = address;
        this.noticeDisplay = noticeDisplay;
        this.bot = bot;
    }

    /** A bot of the world's own: no socket; its packets go to {@code sink}. */
    public static Client bot(PacketSink sink, int inboxCapacity) {
        return new Client(newId(), sink, inboxCapacity, "bot", NoticeDisplay.OWN_BUBBLE, Drawing.ALL, true);
    }

    /** What it can draw: the world sends a v1.8 client stand-ins for what it lacks. */
    public Drawing drawing() {
        return drawing;
    }

    /** A fresh socket id: short, unique in this process. */
    public static String newId() {
        return Long.toString(IDS.getAndIncrement() * 7919 + 100_000, 36);
    }

    /**
     * The tribe list a client is sent first of all, after {@code io-init}, remembered so that the world
     * sends a newer one when the client joins if tribes changed in between.
     */
    public ServerPacket tribeListPacket(List<ServerPacket.TribeInfo> tribes) {
        tribesSent = tribes;
        return new ServerPacket.TribeList(tribes);
    }

    /** The tribe list it was sent on connecting, or null when it was sent none. */
    public List<ServerPacket.TribeInfo> tribesSent() {
        return tribesSent;
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

    /** Whether the world disconnected it (it leaves at the next tick and is sent nothing more). Tick thread. */
    public boolean dropped() {
        return dropped;
    }

    /** The world disconnects it, for {@code reason} (the log's); returns false when it already had (it is dropped once). Tick thread. */
    public boolean drop(String reason) {
        if (dropped) {
            return false;
        }
        dropped = true;
        leaveReason = reason;
        return true;
    }

    /** Why it leaves, for the log, or null while it is not leaving. */
    public String leaveReason() {
        return leaveReason;
    }

    /** It leaves for {@code reason}, unless a reason was given first (the world's own, when it dropped the client). Any thread. */
    public void noteLeaveReason(String reason) {
        if (leaveReason == null) {
            leaveReason = reason;
        }
    }

    /** Its sink took this tick's update: it is not behind. Tick thread. */
    public void caughtUp() {
        ticksBehind = 0;
    }

    /** Its sink replaced an update it had not written yet: returns how many ticks in a row it is behind now. Tick thread. */
    public int fellBehind() {
        return ++ticksBehind;
    }

    public boolean isAdmin() {
        return admin;
    }

    public void grantAdmin() {
        admin = true;
    }

    @Override
    public String toString() {
        return "client " + id;
    }
}
