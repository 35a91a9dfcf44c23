package dev.moomoo.game.data;

import java.util.Locale;

/**
 * Where an animal kind lives: the band of the map it is placed in at start and comes back to after
 * dying (src/site/rules.md#animals). The map's bands are the world's to measure.
 */
public enum Habitat {
    /** Any point of the map. */
    ANYWHERE,
    /** Between the snow and the desert, off the river. */
    GRASSLAND,
    /** The snow along the top. */
    SNOW,
    /** The bosses' ring of rocks (the fixed-spawn kinds). */
    ARENA,
    /** Nowhere: the world never places it, only the console does. */
    NONE;

    /** The word of the table and the settings ({@code -} for {@link #NONE}). */
    public String word() {
        return this == NONE ? "-" : name().toLowerCase(Locale.ROOT);
    }

    /** The habitat of {@code word}, or null when there is none of that name. */
    public static Habitat of(String word) {
        for (Habitat h : values()) {
            if (h.word().equalsIgnoreCase(word.strip())) {
                return h;
            }
        }
        return null;
    }
}
