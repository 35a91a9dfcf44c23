package dev.moomoo.game.combat;

/** The reach and force of blows (src/site/rules.md#weapons). */
public final class CombatRules {
    /** Half-angle of a swing's arc. */
    public static final double SWING_ARC = Math.PI / 2.6;
    /** Knockback every hit gives, plus the weapon's own. */
    public static final double BASE_KNOCKBACK = 0.3;
    /** Players (and animals) are hit within this multiple of their scale. */
    public static final double PLAYER_HIT_SCALE = 1.8;
    /** A shield faced within this angle of a blow takes it. */
    public static final double SHIELD_ANGLE = Math.PI / 3;

    private CombatRules() {
    }
}
