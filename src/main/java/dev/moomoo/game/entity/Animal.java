package dev.moomoo.game.entity;

import dev.moomoo.game.data.AnimalKind;
import dev.moomoo.game.space.Positioned;
import dev.moomoo.protocol.ServerPacket;

/**
 * An animal: its kind's numbers, where it is and how it moves, its health, whether it is away after
 * dying, and its mind (what it waits for, runs from or charges). Tick thread only.
 */
public final class Animal extends Body implements Entity {
    /** How many names the client has for cows and pigs ({@code nameIndex} picks one). */
    public static final int NAMES = 45;

    private final int sid;
    private final AnimalKind kind;
    private final int nameIndex;
    /** Where it first stood: a fixed-spawn animal comes back here. */
    private final double homeX;
    private final double homeY;
    private double health;
    /** Ms it stays away after dying (not on the map, not sent); 0 while it is in the world. */
    private double awayMillis;
    private final AnimalMind mind = new AnimalMind();
    /** Moved and fought by a system of its own (the Crab King's), not by the animals' shared mind. */
    private boolean ledApart;
    /** What a boss is doing, which the v1.9 client animates ({@code I}'s state); 0 for none. */
    private int state;

    public Animal(int sid, AnimalKind kind, double x, double y, int nameIndex) {
        super(x, y);
        this.sid = sid;
        this.kind = kind;
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
    public double radius() {
        return kind.scale();
    }

    @Override
    boolean stopsAtEdge() {
        return true;
    }

    public double homeX() {
        return homeX;
    }

    public double homeY() {
        return homeY;
    }

    /** Its health, with the fractions of the blows it took. */
    public double health() {
        return health;
    }

    /** Loses {@code amount} of health (below 0 it is dead, until it comes back). */
    public void wound(double amount) {
        health -= amount;
    }

    /** Whether a system of its own moves it and fights with it (the Crab King's), not the animals' shared mind. */
    public boolean ledApart() {
        return ledApart;
    }

    /** From now on a system of its own moves it and fights with it. */
    public void leadApart() {
        ledApart = true;
    }

    /** What a boss is doing, which the v1.9 client animates; 0 for nothing. */
    public int state() {
        return state;
    }

    public void state(int state) {
        this.state = state;
    }


    /** What it waits for, runs from or charges. */
    public AnimalMind mind() {
        return mind;
    }

    /** Whom it charges now, or null. */
    public Player chargeTarget() {
        return mind.chargeTarget();
    }

    /** What it runs from now, or null. */
    public Positioned runFrom() {
        return mind.runFrom();
    }

    /** In the world (not away after dying). */
    public boolean present() {
        return awayMillis <= 0;
    }

    /** Dead: away from the map for {@code millis}. */
    public void goAway(double millis) {
        awayMillis = millis;
    }

    /** Spends {@code millis} away; returns whether its time away is over. */
    public boolean backAfter(double millis) {
        awayMillis -= millis;
        return awayMillis <= 0;
    }

    /** Comes (back) at a point: standing, at full health, with a fresh mind and no poison. */
    public void comeBack(double x, double y) {
        moveTo(x, y);
        rest();
        health = kind.hp();
        awayMillis = 0;
        mind.reset();
        state = 0;
        damageOverTime().clear();
    }

    /** What it looks like in an {@code I} update. */
    public ServerPacket.AnimalState view() {
        int shown = (int) Math.round(health);
        return new ServerPacket.AnimalState(sid, kind.id(), x(), y(), dir(), shown, nameIndex, state);
    }
}
