package dev.moomoo.server;

import java.util.Locale;

/**
 * How a world plays, as an operator declares it (setting {@code worlds}). A sandbox is the game's own
 * sandbox rules ({@code GameConfig.sandbox}): buildings cost nothing and the building limits rise, so
 * players build freely; combat is as in a normal world (README, "Several worlds").
 */
public enum WorldMode {
    NORMAL, SANDBOX;

    /** The mode's word in a declaration, or null for another word. */
    static WorldMode parse(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "normal" -> NORMAL;
            case "sandbox" -> SANDBOX;
            default -> null;
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
