package dev.moomoo.game.entity;

import dev.moomoo.game.space.Positioned;

/**
 * An animal's mind, as the client's shared AI code keeps it: how long it waits before deciding where to
 * go, how long it keeps moving once it did and which way, what it runs from or whom it charges, whether
 * it charged this tick, and when a wound-up strike (a boss's) comes.
 */
public final class AnimalMind {
    /** Ms left to wait before it decides where to go next, and to keep moving once it did. */
    private double waitMillis = 1000;
    private double moveMillis;
    /** The direction it turns towards while moving. */
    private double targetDir;
    /** What it runs from (a player or a spike), or null; and whom it charges, or null. */
    private Positioned runFrom;
    private Player chargeTarget;
    /** Whether it charged this tick: only then does it hurt who it touches. */
    private boolean charging;
    /** Ms to a wound-up strike (bosses); 0 when none is coming. */
    private double strikeMillis;
    /** Ms until a leaping charger may pounce again; 0 when it may. */
    private double pounceMillis;

    public double waitMillis() {
        return waitMillis;
    }

    public double moveMillis() {
        return moveMillis;
    }

    public double targetDir() {
        return targetDir;
    }

    public Positioned runFrom() {
        return runFrom;
    }

    public Player chargeTarget() {
        return chargeTarget;
    }

    public boolean charging() {
        return charging;
    }

    public double strikeMillis() {
        return strikeMillis;
    }

    /** Whether it is waiting to decide. */
    public boolean waiting() {
        return waitMillis > 0;
    }

    /** Waits {@code millis}; returns whether the wait ran out. */
    public boolean waitOver(double millis) {
        waitMillis -= millis;
        return waitMillis <= 0;
    }

    /** Whether it is on the move. */
    public boolean moving() {
        return moveMillis > 0;
    }

    /** Decided to wander towards {@code dir} for {@code millis}. */
    public void wander(double millis, double dir) {
        moveMillis = millis;
        targetDir = dir;
    }

    /** Decided to charge {@code prey} for {@code millis}. */
    public void charge(Player prey, double millis) {
        chargeTarget = prey;
        moveMillis = millis;
    }

    /** Turns on the player that hurt it, at once, for {@code millis}. */
    public void turnOn(Player attacker, double millis) {
        chargeTarget = attacker;
        runFrom = null;
        waitMillis = 0;
        moveMillis = millis;
    }

    /** Runs from {@code from}, at once, for {@code millis}. */
    public void runFrom(Positioned from, double millis) {
        runFrom = from;
        waitMillis = 0;
        moveMillis = millis;
    }

    /** Heads for {@code dir} this tick. */
    public void headFor(double dir) {
        targetDir = dir;
    }

    /** A new tick: it has not charged yet. */
    public void newTick() {
        charging = false;
    }

    /** It charges its target this tick. */
    public void charged() {
        charging = true;
    }

    /** Moves on for {@code millis}; returns whether the move lasts beyond them. */
    public boolean moveOn(double millis) {
        moveMillis -= millis;
        return moveMillis > 0;
    }

    /** Stops running and charging and waits {@code millis} before deciding again. */
    public void rest(double millis) {
        runFrom = null;
        chargeTarget = null;
        waitMillis = millis;
    }

    /** Whether a strike is wound up and coming. */
    public boolean windingUp() {
        return strikeMillis > 0;
    }

    /** A strike comes in {@code millis}. */
    public void windUp(double millis) {
        strikeMillis = millis;
    }

    /** A wound-up strike comes {@code millis} nearer; returns whether it lands now. */
    public boolean strikeLands(double millis) {
        strikeMillis -= millis;
        if (strikeMillis <= 0) {
            strikeMillis = 0;
            return true;
        }
        return false;
    }

    /** Its strike hit a player: it stops, waits {@code restMillis}, and strikes again in {@code followUpMillis} (0: not). */
    public void struck(double restMillis, double followUpMillis) {
        rest(restMillis);
        moveMillis = 0;
        strikeMillis = followUpMillis;
    }

    /** A charging tick of {@code millis} passes; returns whether it may pounce now. */
    public boolean pounceReady(double millis) {
        pounceMillis = Math.max(0, pounceMillis - millis);
        return pounceMillis == 0;
    }

    /** It pounced: the next pounce waits {@code cooldownMillis}. */
    public void pounced(double cooldownMillis) {
        pounceMillis = cooldownMillis;
    }

    /** A fresh mind, for an animal that comes back: it waits a second first. */
    void reset() {
        pounceMillis = 0;
        runFrom = null;
        chargeTarget = null;
        charging = false;
        strikeMillis = 0;
        moveMillis = 0;
        waitMillis = 1000;
    }
}
