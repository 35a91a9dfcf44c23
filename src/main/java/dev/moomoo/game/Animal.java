package dev.moomoo.game;

import dev.moomoo.game.data.AnimalKind;
import dev.moomoo.protocol.ServerPacket;

/**
 * An animal: its kind's numbers, where it is and how it moves, and the state of its mind (waiting,
 * wandering, running from something, charging someone, winding up a strike). Tick thread only.
 */
public final class Animal extends Body implements Entity {
    /** How many names the client has for cows and pigs ({@code nameIndex} picks one). */
    static final int NAMES = 45;

    private final int sid;
    private final AnimalKind kind;
    private final int nameIndex;
    /** Where it first stood: a fixed-spawn animal comes back here. */
    final double homeX;
    final double homeY;
    int health;
    int cell;
    /** Ms it stays away after dying (not on the map, not sent); 0 while it is in the world. */
    double awayMillis;
    /** Ms left to wait before it decides where to go next, and to keep moving once it did. */
    double waitMillis = 1000;
    double moveMillis;
    /** The direction it turns towards while wandering. */
    double targetDir;
    /** What it runs from (a player or a spike), or null; and whom it charges, or null. */
    Positioned runFrom;
    Player chargeTarget;
    /** Whether it charged this tick: only then does it hurt who it touches. */
    boolean charging;
    /** Ms to a wound-up strike (bosses); 0 when none is coming. */
    double strikeMillis;
    /** Held by a pit trap (it touched one this tick): next tick it does not move and its timers stop. */
    boolean trapped;
    final Poison poison = new Poison();

    Animal(int sid, AnimalKind kind, double x, double y, int nameIndex) {
        this.sid = sid;
        this.kind = kind;
        this.x = x;
        this.y = y;
        this.homeX = x;
        this.homeY = y;
        this.nameIndex = nameIndex;
        this.health = kind.hp();
    }

    public int sid() {
        return sid;
    }

    public AnimalKind kind() {
        return kind;
    }

    @Override
    public double scale() {
        return kind.scale();
    }

    @Override
    double radius() {
        return kind.scale();
    }

    public int health() {
        return health;
    }

    /** In the world (not away after dying). */
    public boolean present() {
        return awayMillis <= 0;
    }

    /** Whom it charges now, or null. */
    public Player chargeTarget() {
        return chargeTarget;
    }

    /** What it runs from now, or null. */
    public Positioned runFrom() {
        return runFrom;
    }

    ServerPacket.AnimalState state() {
        return new ServerPacket.AnimalState(sid, kind.id(), x, y, dir, health, nameIndex);
    }
}
