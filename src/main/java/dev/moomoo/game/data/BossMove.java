package dev.moomoo.game.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One move of a boss's fight (src/site/rules.md#the-crab-king), a row of {@code crab-king.tsv}: the
 * state the v1.9 client animates while it lasts, the telegraph ({@code W}) that announces it, how long
 * before it strikes, where it reaches, what it deals, and how long the boss rests after it.
 *
 * @param state     {@code I}'s state from the move's start until the boss rests
 * @param telegraph the telegraph's kind, its colour on the client (1 blue, 3 orange, 4 red, any other white)
 * @param windup    ms from the telegraph to the strike, at full health
 * @param radius    how far from its centre (or, for the claw, either side of its line) the strike reaches
 * @param damage    to every player it reaches
 * @param push      the knock a player it reaches takes, away from where it struck
 * @param rest      ms after the strike before the next move, at full health
 */
public record BossMove(Kind kind, int state, int telegraph, double windup, double radius, double damage, double push, double rest) {
    /** The Crab King's four moves, in the order it makes them. */
    public enum Kind {
        /** A swipe along a line from its body towards a player. */
        CLAW,
        /** A blow all around itself. */
        SLAM,
        /** Water bursts under every player it sees. */
        GEYSERS,
        /** It goes under (out of reach) and rises under a player. */
        DIVE
    }

    /** The Crab King's moves, one per kind, in the order it makes them. */
    public static List<BossMove> crabKing() {
        return read(Table.resource("crab-king.tsv"));
    }

    static List<BossMove> read(Table table) {
        List<BossMove> out = new ArrayList<>();
        for (Table.Row r : table.rows()) {
            Kind kind;
            try {
                kind = Kind.valueOf(r.text("move").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw r.error("move", "'" + r.text("move") + "' is not claw, slam, geysers or dive");
            }
            if (kind.ordinal() != out.size()) {
                throw r.error("move", "the moves come one each, in the order claw, slam, geysers, dive");
            }
            out.add(new BossMove(kind, r.integer("state"), r.integer("telegraph"), r.number("windup"), r.number("radius"),
                    r.number("damage"), r.number("push"), r.number("rest")));
        }
        if (out.size() != Kind.values().length) {
            throw new GameDataException(table.file() + ": expected the four moves claw, slam, geysers, dive");
        }
        return List.copyOf(out);
    }
}
