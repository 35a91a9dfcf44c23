package dev.moomoo.game.data;

/** What an item or a shot costs, per resource. */
public record Cost(int food, int wood, int stone, int gold) {
    public static final Cost FREE = new Cost(0, 0, 0, 0);

    public Cost {
        if (food < 0 || wood < 0 || stone < 0 || gold < 0) {
            throw new IllegalArgumentException("a cost cannot be negative");
        }
    }
}
