package dev.moomoo.lab.replay;

import dev.moomoo.protocol.PacketException;
import dev.moomoo.protocol.Profile;
import dev.moomoo.protocol.ServerCodec;
import dev.moomoo.protocol.ServerKind;
import dev.moomoo.protocol.ServerPacket;
import dev.moomoo.protocol.UpdateEncoder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A spectator's screen that keeps track of what its client still draws from the messages it was shown and
 * a keyframe would not take away, and takes it away before the next keyframe ({@link #takeAway}).
 * A keyframe is a fresh join of the view (README, "Replays and spectating"): a real client treats it as news
 * on top of what it holds, so after a seek back, a pause, or a reconnect the buildings and trees it was
 * shown since would stay drawn where the view has none. So before a keyframe:
 * <ul>
 *   <li>every object an {@code H} added and no {@code Q} or {@code R} removed gets a {@code Q} (the keyframe
 *   adds again those the player's client holds, in view or not; the clients reuse an object by its sid);</li>
 *   <li>in the v1.9 profile, whose {@code a} and {@code I} are deltas (src/site/protocol.md, "The v1.9
 *   profile"), every player and animal an update listed is hidden by one {@code a} and one {@code I}; in the
 *   older profiles an update hides whoever it leaves out, so one empty {@code a} and one empty {@code I} hide
 *   them all (a dead player's keyframe has no update of its own).</li>
 * </ul>
 * The own client forgets its picture on each keyframe anyway; what it is sent here changes nothing for it.
 * A recording this server made names no more sids than its world had; a file made otherwise may name any,
 * so at most {@value #MOST_TRACKED} of each kind are kept (those past it are not taken away). Not
 * thread-safe: the show's thread's.
 */
final class Leftovers implements Screen {
    /** The most objects, players or animals kept track of each: far above what a world holds. */
    static final int MOST_TRACKED = 1 << 17;

    private final Screen screen;
    private final ServerCodec codec;
    private final boolean deltas;
    /** The objects the client holds: sid to owner sid (-1 for none). */
    private final Map<Integer, Integer> objects = new HashMap<>();
    private final Set<Integer> players = new LinkedHashSet<>();
    private final Set<Integer> animals = new LinkedHashSet<>();
    /** In the older profiles: whether an update of the players, or of the animals, was shown since the last keyframe. */
    private boolean playersUpdated;
    private boolean animalsUpdated;

    /** @param profile the profile of the messages {@code screen} is shown */
    Leftovers(Screen screen, Profile profile) {
        this.screen = screen;
        this.codec = new ServerCodec(profile);
        this.deltas = profile == Profile.V19;
    }

    @Override
    public boolean show(byte[] message) throws InterruptedException {
        saw(message);
        return screen.show(message);
    }

    @Override
    public void tell(String line) {
        screen.tell(line);
    }

    @Override
    public boolean drawsAll() {
        return screen.drawsAll();
    }

    /**
     * Takes in what {@code message} leaves drawn, decoding only the kinds that tell it (every message of
     * a show passes here); a message that does not decode leaves nothing this knows of.
     */
    private void saw(byte[] message) {
        ServerKind kind = codec.kindOf(message);
        if (kind == null) {
            return;
        }
        switch (kind) {
            case ADD_OBJECTS, REMOVE_OBJECT, REMOVE_BUILDINGS -> objects(message);
            case UPDATE_PLAYERS, UPDATE_ANIMALS -> updated(kind, message);
            default -> {
            }
        }
    }

    private void objects(byte[] message) {
        switch (decoded(message)) {
            case ServerPacket.AddObjects add -> add.objects().forEach(o -> {
                if (objects.size() < MOST_TRACKED) {
                    objects.put(o.sid(), o.ownerSid());
                }
            });
            case ServerPacket.RemoveObject r -> objects.remove(r.sid());
            case ServerPacket.RemoveBuildings r -> objects.values().removeIf(owner -> owner == r.ownerSid());
            case null, default -> {
            }
        }
    }

    /**
     * An update: in v1.9 the sids it lists are kept (its updates are deltas); in the older profiles, whose
     * updates hide whoever they leave out, that one was shown is enough.
     */
    private void updated(ServerKind kind, byte[] message) {
        if (!deltas) {
            if (kind == ServerKind.UPDATE_PLAYERS) {
                playersUpdated = true;
            } else {
                animalsUpdated = true;
            }
            return;
        }
        switch (decoded(message)) {
            case ServerPacket.UpdatePlayers u -> u.players().forEach(p -> track(players, p.sid()));
            case ServerPacket.UpdateAnimals u -> u.animals().forEach(a -> track(animals, a.sid()));
            case null, default -> {
            }
        }
    }

    /** {@code message} decoded, or null when it does not decode. */
    private ServerPacket decoded(byte[] message) {
        try {
            return codec.decode(message);
        } catch (PacketException e) {
            return null;
        }
    }

    private static void track(Set<Integer> sids, int sid) {
        if (sids.size() < MOST_TRACKED) {
            sids.add(sid);
        }
    }

    /**
     * Shows the messages that take away what the client holds, and forgets it: the keyframe that follows
     * starts the picture over. False when the spectator is gone.
     */
    boolean takeAway() throws InterruptedException {
        List<byte[]> messages = new ArrayList<>(objects.size() + 2);
        objects.keySet().stream().sorted().forEach(sid -> messages.add(codec.encode(new ServerPacket.RemoveObject(sid))));
        if (deltas && !players.isEmpty()) {
            int[] hidden = players.stream().mapToInt(Integer::intValue).toArray();
            UpdateEncoder e = codec.encodeUpdate(List.of(), null, hidden, hidden.length);
            messages.add(e.toByteArray());
        }
        if (deltas && !animals.isEmpty()) {
            int[] hidden = animals.stream().mapToInt(Integer::intValue).toArray();
            messages.add(codec.encodeAnimals(new ServerPacket.UpdateAnimals(List.of()), hidden, hidden.length));
        }
        if (playersUpdated) {
            messages.add(codec.encode(new ServerPacket.UpdatePlayers(List.of())));
        }
        if (animalsUpdated) {
            messages.add(codec.encode(new ServerPacket.UpdateAnimals(List.of())));
        }
        objects.clear();
        players.clear();
        animals.clear();
        playersUpdated = false;
        animalsUpdated = false;
        for (byte[] m : messages) {
            if (!screen.show(m)) {
                return false;
            }
        }
        return true;
    }
}
