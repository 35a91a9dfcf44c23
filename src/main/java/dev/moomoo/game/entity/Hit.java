package dev.moomoo.game.entity;

/**
 * One blow, the only way health is taken: who dealt it (null for the world), to whom, how much (with its
 * fractions: health is not rounded per blow, src/site/rules.md#damage-and-knockback), and how (which
 * decides what may block or refund it).
 */
public record Hit(Player source, Entity target, double amount, Kind kind) {
    public enum Kind {
        /** A weapon swing: a building it destroys pays its cost to the swinger. */
        MELEE,
        /** A shot: only walls that take shots are hurt by it; it pays nothing. */
        PROJECTILE,
        /** A spike touched. */
        TOUCH,
        /** Poison ticking. */
        POISON,
        /** An animal's touch or strike. */
        ANIMAL,
        /** A hat's own damage to its wearer (the Bull Helmet's loss per second). */
        WORN,
        /** Dealt by the world itself (an admin tool, a test): nothing blocks or refunds it. */
        WORLD
    }
}
