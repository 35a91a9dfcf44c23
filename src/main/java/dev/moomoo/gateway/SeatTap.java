package dev.moomoo.gateway;

import dev.moomoo.lab.LabFrame;
import dev.moomoo.lab.LabFrame.Direction;
import dev.moomoo.lab.LabFrame.Kind;
import dev.moomoo.lab.LabTap;
import dev.moomoo.net.session.ConnectionTap;
import dev.moomoo.net.websocket.Frames;
import dev.moomoo.protocol.MsgpackValues;
import dev.moomoo.protocol.MsgpackWriter;
import dev.moomoo.protocol.PacketException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * One game connection's hooks into the packet lab ({@link LabTap}): the gateway's own (what its reader
 * decoded or refused, what the outbox would not take, the connection's opening) and those net.session
 * calls through {@link ConnectionTap} (what the writer wrote, the update slot replaced, how it ended).
 * Each frame is stamped with the world's name and tick, the connection's id and profile, and, once
 * known, its player's sid and key (the rule is {@link LabTap}'s class comment: the join ticket's device
 * when there is one, else the address and the name asked for at the first spawn).
 * Any thread; a hook does nothing but ask {@link #isOn()} while nobody is subscribed.
 *
 * <p>The lab never holds a keyed connection's key: its {@code io-init} is told with the key argument
 * replaced by {@link #KEY_SHOWN}, in the plain and the wire bytes alike (io-init is never sealed), since
 * pages, recordings and their downloads may be read by sessions that must not speak for the player.
 */
final class SeatTap implements ConnectionTap {
    private static final byte[] NOTHING = new byte[0];
    private static final String IO_INIT = "io-init";
    /** What the lab shows in place of io-init's key (the text trace's own word for it). */
    static final String KEY_SHOWN = "(key)";
    /** io-init's arguments {@code [socketId, seed, keyHex, mode, pinned]}: where the key is (src/site/keyed-protocol.md). */
    private static final int KEY_ARGUMENT = 2;

    private final LabTap lab;
    private final String world;
    /** The world's tick count, read on whichever thread a hook runs. */
    private final LongSupplier tick;
    private final String connectionId;
    private final String address;
    private final String profile;
    /** Whether the connection's frames are sealed after io-init: then a frame never sent has no wire bytes. */
    private final boolean sealed;
    private volatile int sid = -1;
    private volatile String player = "";
    /** The name the first spawn asked for (reader thread), until the world's answer makes it part of the key. */
    private volatile String askedName;
    /** Set once the connection closed: a spawn the tick makes after that must not name it again in the lab. */
    private volatile boolean ended;

    /** @param device the device id of the join ticket that let the socket in, or null when it had none */
    SeatTap(LabTap lab, String world, LongSupplier tick, String connectionId, String address, String profile, boolean sealed, String device) {
        this.lab = lab;
        this.world = world;
        this.tick = tick;
        this.connectionId = connectionId;
        this.address = address;
        this.profile = profile;
        this.sealed = sealed;
        if (device != null) {
            identify("device:" + device);
        }
    }

    /** The player key, or "" before it is known. */
    String player() {
        return player;
    }

    /** The player's sid, or -1 before its spawn. */
    int sid() {
        return sid;
    }

    @Override
    public boolean isOn() {
        return lab.isOn();
    }

    /**
     * Names the connection's player in the lab, unless it already closed: the tick may spawn it after its
     * close was told, and the lab would keep the name for good. Forgets it again when the close came
     * between the check and the naming.
     */
    private void identify(String key) {
        player = key;
        if (ended) {
            return;
        }
        lab.identified(connectionId, key);
        if (ended) {
            lab.forget(connectionId);
        }
    }

    /** The client asks to spawn as {@code name} (reader thread); the first such name is part of its key. */
    void spawning(String name) {
        if (askedName == null) {
            askedName = name;
        }
    }

    /** The world spawned the player as {@code sid} (tick thread, as its {@code SetupGame} is sent). */
    void spawned(int sid) {
        this.sid = sid;
        if (player.isEmpty()) {
            identify(address + "/" + (askedName == null ? "" : askedName));
        }
    }

    private void tell(Direction direction, Kind kind, byte[] wire, byte[] plain, String code, String reason) {
        if (sealed && direction == Direction.OUT && IO_INIT.equals(code)) {
            plain = withoutKey(plain);
            wire = plain;
        }
        lab.offer(new LabFrame(System.currentTimeMillis(), System.nanoTime(), tick.getAsLong(), world, connectionId, player, sid,
                profile, direction, kind, wire, plain, code, reason));
    }

    /** io-init's bytes with its key argument replaced by {@link #KEY_SHOWN}; nothing at all if they do not read as an io-init. */
    private static byte[] withoutKey(byte[] ioInit) {
        try {
            if (MsgpackValues.read(ioInit, MsgpackValues.Limits.SERVER) instanceof List<?> message && message.size() == 2
                    && message.get(1) instanceof List<?> args && args.size() > KEY_ARGUMENT) {
                List<Object> shown = new ArrayList<>(args);
                shown.set(KEY_ARGUMENT, KEY_SHOWN);
                return new MsgpackWriter(false).message(IO_INIT, shown);
            }
        } catch (PacketException e) {
            // the server's own io-init always reads; if it ever does not, the lab keeps none of it
        }
        return NOTHING;
    }

    /** The connection was seated (or is being turned away) and its greeting is next. */
    void opened() {
        if (isOn()) {
            tell(Direction.IN, Kind.OPENED, NOTHING, NOTHING, null, address);
        }
    }

    /** The reader decoded a message: {@code wire} as it came, {@code plain} the msgpack the codec read (the same array when not keyed). */
    void received(byte[] wire, byte[] plain, String code) {
        if (isOn()) {
            byte[] w = wire.clone();
            tell(Direction.IN, Kind.FRAME, w, plain == wire ? w : plain.clone(), code, null);
        }
    }

    /** The reader refused a message for {@code reason}; {@code plain} is what was unmasked of it (empty when nothing was), {@code code} null when unknown. */
    void refused(byte[] wire, byte[] plain, String code, String reason) {
        if (isOn()) {
            byte[] w = wire.clone();
            tell(Direction.IN, Kind.REFUSED, w, plain == wire ? w : plain.clone(), code, reason);
        }
    }

    /** A text frame, refused: its UTF-8 bytes. */
    void refusedText(String text, String reason) {
        if (isOn()) {
            byte[] w = text.getBytes(StandardCharsets.UTF_8);
            tell(Direction.IN, Kind.REFUSED, w, w, null, reason);
        }
    }

    /** The outbox would not take the whole WebSocket frame {@code frame}, for {@code reason}. */
    void dropped(byte[] frame, String reason) {
        if (isOn()) {
            byte[] plain = Arrays.copyOfRange(frame, Frames.headerLength(frame, 0), frame.length);
            tell(Direction.OUT, Kind.DROPPED, sealed ? NOTHING : plain, plain, MessageCode.of(plain), reason);
        }
    }

    @Override
    public void written(byte[] wire, byte[] plain) {
        tell(Direction.OUT, Kind.FRAME, wire, plain, MessageCode.of(plain), null);
    }

    @Override
    public void replaced(byte[] plain) {
        tell(Direction.OUT, Kind.REPLACED, sealed ? NOTHING : plain, plain, MessageCode.of(plain), "replaced by a newer update before it was sent");
    }

    @Override
    public void ignored(byte[] wire, String reason) {
        tell(Direction.IN, Kind.REFUSED, wire, wire, null, reason);
    }

    @Override
    public void closed(int code, String reason) {
        ended = true;
        if (isOn()) {
            tell(Direction.OUT, Kind.CLOSED, NOTHING, NOTHING, null, reason.isEmpty() ? Integer.toString(code) : code + " " + reason);
        }
        lab.forget(connectionId);
    }
}
