package dev.moomoo.lab.replay;

import dev.moomoo.game.data.GameData;
import dev.moomoo.game.delivery.V18Drawing;
import dev.moomoo.protocol.MsgpackValues;
import dev.moomoo.protocol.PacketException;
import dev.moomoo.protocol.Profile;
import dev.moomoo.protocol.ServerCodec;
import dev.moomoo.protocol.ServerPacket;
import dev.moomoo.protocol.ServerPacket.PlayerState;
import dev.moomoo.protocol.UpdateEncoder;
import org.tinylog.Logger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One stream of a recording's messages re-encoded for a client of another profile (README, "Replays and
 * spectating"): each decoded with the recording profile's codec and encoded with the spectator's. A packet
 * the spectator's profile has no code for is left out, and so is one that does not decode (counted, and
 * told once in the log by {@link #report}). What the profiles' shapes of {@code a} and {@code I} differ in
 * (src/site/protocol.md, "The v1.9 profile") needs what the stream showed before, which this keeps:
 * <ul>
 *   <li>a v1.9 {@code a} carries a player's attributes only when they change: read as a whole update (as
 *   the older clients take it) a player without them gets the last ones this stream (or a keyframe before
 *   it: {@link #learn}) showed;</li>
 *   <li>a v1.9 client keeps the players and animals an update leaves out: written for it, an update hides
 *   those the previous one showed and this one does not, as the older clients' do by leaving them out.</li>
 * </ul>
 * Written for an older profile (the v1.8 client's codes), what that client cannot draw is sent as the
 * stand-ins the world sends it ({@link V18Drawing}), unless the spectator's client draws everything (this
 * project's own client speaks the same profile: {@link Screen#drawsAll}, no game data given). That holds
 * within one profile too: a recording of the own client, played into the v1.8 client, is passed through
 * here for its stand-ins alone, and a message that needs none keeps its recorded bytes.
 * Not thread-safe: one per stream, on the spectator's connection's thread.
 */
final class Reencoding {
    /** The values of a row of a v1.9 {@code a}'s attributes, its sid first (src/site/protocol.md, "The v1.9 profile"). */
    private static final int ATTRIBUTE_ROW = 10;

    private final ServerCodec from;
    private final ServerCodec to;
    /** Whether the recording's {@code a} is v1.9's delta, and whether the spectator's is. */
    private final boolean deltaIn;
    private final boolean deltaOut;
    /** Whether the recording and the spectator speak one profile: only stand-ins are made, and what needs none keeps its bytes. */
    private final boolean sameProfile;
    /** The stand-ins for a v1.8 client; null when the spectator's profile is v1.9. */
    private final V18Drawing standIns;
    /** The last attributes this stream showed of each sid (read from v1.9 updates). */
    private final Map<Integer, PlayerState> attributes = new HashMap<>();
    /** The sids of the players and of the animals the last update of each showed (written as v1.9 updates). */
    private Set<Integer> playersShown = Set.of();
    private Set<Integer> animalsShown = Set.of();
    private int undecodable;
    private int leftOut;
    private String firstProblem;

    Reencoding(Profile from, Profile to, GameData data) {
        this.from = new ServerCodec(from);
        this.to = new ServerCodec(to);
        this.deltaIn = from == Profile.V19;
        this.deltaOut = to == Profile.V19;
        this.sameProfile = from == to;
        this.standIns = deltaOut || data == null ? null : new V18Drawing(data);
    }

    /**
     * Whether messages written in {@code from} need re-encoding for a client of profile {@code to}: in
     * another profile always; in the same, only for the stand-ins of a client that cannot draw all
     * ({@code standIns} null: it can; the v1.9 client always can).
     */
    static boolean needed(Profile from, Profile to, GameData standIns) {
        return from != to || standIns != null && to != Profile.V19;
    }

    /** {@code message} as the spectator's profile writes it; null when it is left out. */
    byte[] convert(byte[] message) {
        ServerPacket p;
        try {
            p = from.decode(message);
        } catch (PacketException e) {
            if (sameProfile) {
                return message; // what the recorded client was sent, for a client of its profile
            }
            undecodable++;
            if (firstProblem == null) {
                firstProblem = e.getMessage();
            }
            return null;
        }
        if (!to.profile().sends(p.kind())) {
            leftOut++;
            return null;
        }
        return switch (p) {
            case ServerPacket.UpdatePlayers u -> players(u, message);
            case ServerPacket.UpdateAnimals i -> animals(i, message);
            default -> {
                ServerPacket shown = standIns == null ? p : standIns.adapt(p);
                if (shown == null) {
                    leftOut++; // a hat the v1.8 client has no picture of
                    yield null;
                }
                yield sameProfile && shown == p ? message : to.encode(shown);
            }
        };
    }

    /** Takes in the attributes of a keyframe's {@code message}: the view held them when the keyframe was made. */
    void learn(byte[] message) {
        if (deltaIn) {
            try {
                if (from.decode(message) instanceof ServerPacket.UpdatePlayers u) {
                    withKnownAttributes(u, message);
                }
            } catch (PacketException e) {
                // told when the keyframe itself is converted
            }
        }
    }

    private byte[] players(ServerPacket.UpdatePlayers u, byte[] message) {
        List<PlayerState> states = deltaIn ? withKnownAttributes(u, message) : u.players();
        if (standIns != null) {
            List<PlayerState> drawable = standIns.adapt(states);
            if (sameProfile && drawable == states) {
                return message;
            }
            states = List.copyOf(drawable);
        }
        if (!deltaOut) {
            return to.encode(new ServerPacket.UpdatePlayers(states));
        }
        Set<Integer> sids = new HashSet<>();
        states.forEach(s -> sids.add(s.sid()));
        int[] hidden = playersShown.stream().filter(s -> !sids.contains(s)).mapToInt(Integer::intValue).sorted().toArray();
        playersShown = sids;
        UpdateEncoder e = to.encodeUpdate(states, null, hidden, hidden.length);
        return e.toByteArray();
    }

    private byte[] animals(ServerPacket.UpdateAnimals i, byte[] message) {
        ServerPacket.UpdateAnimals shown = standIns == null ? i : (ServerPacket.UpdateAnimals) standIns.adapt(i);
        if (sameProfile && shown == i) {
            return message;
        }
        if (!deltaOut) {
            return to.encode(shown);
        }
        Set<Integer> sids = new HashSet<>();
        shown.animals().forEach(a -> sids.add(a.sid()));
        int[] hidden = animalsShown.stream().filter(s -> !sids.contains(s)).mapToInt(Integer::intValue).sorted().toArray();
        animalsShown = sids;
        return to.encodeAnimals(shown, hidden, hidden.length);
    }

    /**
     * The players of v1.9's {@code u}, each with the attributes its row of {@code message} carries (then
     * remembered), else the last remembered; those never seen keep the neutral ones the codec reads.
     */
    private List<PlayerState> withKnownAttributes(ServerPacket.UpdatePlayers u, byte[] message) {
        Set<Integer> carried = attributeSids(message);
        List<PlayerState> states = new ArrayList<>(u.players().size());
        for (PlayerState s : u.players()) {
            if (carried.contains(s.sid())) {
                attributes.put(s.sid(), s);
                states.add(s);
            } else {
                PlayerState a = attributes.get(s.sid());
                states.add(a == null ? s : new PlayerState(s.sid(), s.x(), s.y(), s.dir(), a.buildIndex(), a.weaponIndex(), a.weaponVariant(),
                        a.team(), a.isLeader(), a.skinIndex(), a.tailIndex(), a.iconIndex(), a.zIndex()));
            }
        }
        return states;
    }

    /** The sids whose attributes a v1.9 {@code a} (one that decoded) carries: the first of each row of its second list. */
    private static Set<Integer> attributeSids(byte[] message) {
        try {
            List<?> args = (List<?>) ((List<?>) MsgpackValues.read(message, MsgpackValues.Limits.SERVER)).get(1);
            List<?> rows = (List<?>) args.get(1);
            Set<Integer> sids = new HashSet<>();
            for (int i = 0; i < rows.size(); i += ATTRIBUTE_ROW) {
                sids.add(((Number) rows.get(i)).intValue());
            }
            return sids;
        } catch (PacketException e) {
            throw new IllegalStateException("an update that decoded does not read again", e);
        }
    }

    /** Adds what {@code other} left out to this stream's counts (a keyframe's). */
    void tally(Reencoding other) {
        undecodable += other.undecodable;
        leftOut += other.leftOut;
        if (firstProblem == null) {
            firstProblem = other.firstProblem;
        }
    }

    /** Tells the log, once, what was left out. */
    void report(String replay) {
        if (undecodable > 0) {
            Logger.warn("replay of {} in profile {}: {} message(s) did not decode in profile {} and were left out (the first: {})", replay,
                    to.profile(), undecodable, from.profile(), firstProblem);
        }
        if (leftOut > 0) {
            Logger.info("replay of {} in profile {}: {} message(s) it has no packet for, or cannot draw, left out", replay, to.profile(), leftOut);
        }
    }

    int undecodable() {
        return undecodable;
    }

    int leftOut() {
        return leftOut;
    }
}
