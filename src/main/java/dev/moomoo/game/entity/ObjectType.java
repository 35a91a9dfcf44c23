package dev.moomoo.game.entity;

import java.util.Locale;

/** The natural object types, with the number the client knows them by and what they give. */
public enum ObjectType {
    TREE(0, Resource.WOOD, 0.6, 3, new int[] {150, 160, 165, 175}),
    BUSH(1, Resource.FOOD, 0.6, 2, new int[] {80, 85, 95}),
    ROCK(2, Resource.STONE, 1.0, 0, new int[] {80, 85, 90}),
    GOLD(3, Resource.GOLD, 1.0, 2, new int[] {80, 85, 90});

    private final int wireType;
    private final Resource resource;
    private final double collisionFactor;
    private final int layer;
    private final int[] scales;

    ObjectType(int wireType, Resource resource, double collisionFactor, int layer, int[] scales) {
        this.wireType = wireType;
        this.resource = resource;
        this.collisionFactor = collisionFactor;
        this.layer = layer;
        this.scales = scales;
    }

    /** The object's layer: shots of a higher layer fly over it (src/site/rules.md#shots). */
    public int layer() {
        return layer;
    }

    /** The natural type of a node's wire type (0 wood, 2 stone), as a mine or sapling gathers. */
    static ObjectType ofWire(int wireType) {
        for (ObjectType t : values()) {
            if (t.wireType == wireType) {
                return t;
            }
        }
        throw new IllegalArgumentException("no natural type " + wireType);
    }

    public int wireType() {
        return wireType;
    }

    public Resource resource() {
        return resource;
    }

    public double collisionFactor() {
        return collisionFactor;
    }

    public int scale(int variant) {
        return scales[Math.floorMod(variant, scales.length)];
    }

    public int scaleCount() {
        return scales.length;
    }

    /** By the name an operator types: tree, bush, rock, gold (also wood, food, stone). */
    public static ObjectType parse(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "tree", "wood" -> TREE;
            case "bush", "food" -> BUSH;
            case "rock", "stone" -> ROCK;
            case "gold" -> GOLD;
            default -> null;
        };
    }
}
