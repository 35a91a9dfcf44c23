package dev.moomoo.game.entity;

import java.util.Locale;

/** A player's resources, by the stat name the client shows them under. */
public enum Resource {
    WOOD("wood"), FOOD("food"), STONE("stone"), GOLD("points");

    private final String stat;

    Resource(String stat) {
        this.stat = stat;
    }

    /** The name in the {@code N} stat packet. */
    public String stat() {
        return stat;
    }

    /** By the name an operator types: wood, food, stone, gold (or points). */
    public static Resource parse(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "wood" -> WOOD;
            case "food" -> FOOD;
            case "stone" -> STONE;
            case "gold", "points" -> GOLD;
            default -> null;
        };
    }
}
