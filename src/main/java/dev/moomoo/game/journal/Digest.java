package dev.moomoo.game.journal;

import java.util.List;
import java.util.Locale;

/**
 * The game's state after one tick, summed up section by section in a fixed order: how many things each
 * section holds and a 64-bit hash of them (src/site/input-journal.md, "The state digest"). Two runs that
 * agree on every tick's digest played the same game, as far as these sections tell.
 */
public record Digest(List<Part> parts) {

    /** The sections, in the order they are hashed and written. */
    public enum Section { PLAYERS, OBJECTS, ANIMALS, PROJECTILES, TRIBES, LEADERBOARD }

    /** One section's count and hash. */
    public record Part(Section section, int count, long hash) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s %d/%016x", section.name().toLowerCase(Locale.ROOT), count, hash);
        }
    }

    public Digest {
        parts = List.copyOf(parts);
        if (parts.size() != Section.values().length) {
            throw new IllegalArgumentException("a digest has " + Section.values().length + " parts, not " + parts.size());
        }
    }

    /** What differs from {@code other}, section by section ("players 3/… against 3/…"), or "" when nothing does. */
    public String differences(Digest other) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            Part mine = parts.get(i);
            Part theirs = other.parts.get(i);
            if (!mine.equals(theirs)) {
                out.append(out.isEmpty() ? "" : "; ").append(mine).append(" against ").append(theirs);
            }
        }
        return out.toString();
    }
}
