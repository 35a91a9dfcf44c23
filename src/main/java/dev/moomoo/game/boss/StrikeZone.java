package dev.moomoo.game.boss;

import dev.moomoo.protocol.ServerPacket;

import java.util.ArrayList;
import java.util.List;

/** Where a move of the Crab King's strikes (src/site/rules.md#the-crab-king), fixed when its telegraph goes out. */
sealed interface StrikeZone {
    /** Whether a body of radius {@code r} centred at ({@code x}, {@code y}) is reached. */
    boolean reaches(double x, double y, double r);

    /** The point a body it reached at ({@code x}, {@code y}) is pushed away from. */
    double[] pushedFrom(double x, double y);

    /** The telegraphs that announce it, of {@code kind}, shown for {@code ms}. */
    List<ServerPacket.Telegraph> telegraphs(int kind, int ms);

    /** A swipe along the line from ({@code x}, {@code y}) to ({@code x2}, {@code y2}), {@code halfWidth} either side. */
    record Line(double x, double y, double x2, double y2, double halfWidth) implements StrikeZone {
        @Override
        public boolean reaches(double px, double py, double r) {
            double dx = x2 - x;
            double dy = y2 - y;
            double t = Math.clamp(((px - x) * dx + (py - y) * dy) / (dx * dx + dy * dy), 0, 1);
            return Math.hypot(px - (x + t * dx), py - (y + t * dy)) <= halfWidth + r;
        }

        @Override
        public double[] pushedFrom(double px, double py) {
            return new double[] {x, y};
        }

        @Override
        public List<ServerPacket.Telegraph> telegraphs(int kind, int ms) {
            return List.of(new ServerPacket.Telegraph(kind, x, y, halfWidth, ms, x2, y2));
        }
    }

    /** Circles of {@code radius} around each centre (one for a slam or a dive, one per player for geysers). */
    record Circles(List<double[]> centres, double radius) implements StrikeZone {
        public Circles {
            centres = List.copyOf(centres);
        }

        @Override
        public boolean reaches(double px, double py, double r) {
            for (double[] c : centres) {
                if (Math.hypot(px - c[0], py - c[1]) <= radius + r) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public double[] pushedFrom(double px, double py) {
            double[] best = centres.getFirst();
            for (double[] c : centres) {
                if (Math.hypot(px - c[0], py - c[1]) < Math.hypot(px - best[0], py - best[1])) {
                    best = c;
                }
            }
            return best;
        }

        @Override
        public List<ServerPacket.Telegraph> telegraphs(int kind, int ms) {
            List<ServerPacket.Telegraph> out = new ArrayList<>();
            for (double[] c : centres) {
                out.add(new ServerPacket.Telegraph(kind, c[0], c[1], radius, ms, null, null));
            }
            return out;
        }
    }
}
