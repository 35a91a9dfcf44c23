package dev.moomoo.game;

/**
 * One blow, the only way health is taken: who dealt it (null for the world), to whom, how much, and
 * how (which decides what may block or reflect it).
 */
record Hit(Player source, Entity target, int amount, Kind kind) {
    enum Kind {
        /** A weapon swing. */
        MELEE,
        /** Dealt by the world itself (an admin tool, a test): nothing blocks or reflects it. */
        WORLD
    }
}
