package dev.moomoo.gateway;

import dev.moomoo.lab.LabTap;
import dev.moomoo.protocol.Profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The gateway's side of every protocol profile ({@link ProfileWire}), one each, and the packet lab's tap
 * their connections' hooks tell (the server's, shared by its worlds): all profiles play in one world, so
 * the tick encodes each packet once per profile that a connection speaks, through each profile's encoder.
 */
public final class Wires {
    private final Map<Profile, ProfileWire> byProfile;
    private final Profile byDefault;
    private final LabTap lab;
    /** The game connections seated in the world, by their client's id (the lab's connection id). */
    private final Map<String, Seat> seated = new ConcurrentHashMap<>();
    private final Spectators spectators = new Spectators();

    /** Wires with a tap of their own (nobody subscribed: the hooks cost one volatile read). */
    public Wires(Profile byDefault) {
        this(byDefault, new LabTap());
    }

    /**
     * @param byDefault the profile of {@code /} when a socket chooses none ({@code --era})
     * @param lab       the server's packet tap
     */
    public Wires(Profile byDefault, LabTap lab) {
        this.byDefault = byDefault;
        this.lab = lab;
        this.byProfile = Profile.ALL.stream().collect(Collectors.toUnmodifiableMap(Function.identity(), ProfileWire::new));
    }

    public ProfileWire of(Profile profile) {
        return byProfile.get(profile);
    }

    /** Whether {@code wire} is one of these (and not another world's). */
    boolean owns(ProfileWire wire) {
        return byProfile.get(wire.profile()) == wire;
    }

    /** The wire of the profile of {@code /} when a socket chooses none. */
    public ProfileWire byDefault() {
        return byProfile.get(byDefault);
    }

    /** Every profile's wire, in the order of {@link Profile#ALL}. */
    public List<ProfileWire> all() {
        List<ProfileWire> all = new ArrayList<>();
        Profile.ALL.forEach(p -> all.add(byProfile.get(p)));
        return all;
    }

    /** The packet tap every connection's hooks tell, whatever its profile. */
    public LabTap lab() {
        return lab;
    }

    void seated(Seat seat) {
        seated.put(seat.client().id(), seat);
    }

    void left(Seat seat) {
        seated.remove(seat.client().id(), seat);
    }

    /** The spectators of the world's endpoints, and the shows armed for them. */
    public Spectators spectators() {
        return spectators;
    }

    /** The seat of the open connection {@code connectionId}, or null. */
    Seat seat(String connectionId) {
        return seated.get(connectionId);
    }

    /** Runs {@code tick} on this thread through every profile's encoder: each packet is encoded once per profile that is sent it. */
    public void duringTick(Runnable tick) {
        Runnable nested = tick;
        for (ProfileWire wire : byProfile.values()) {
            Runnable inner = nested;
            nested = () -> wire.frames().duringTick(inner);
        }
        nested.run();
    }
}
