package dev.moomoo.game.data;

/**
 * One item of the action bar, by the index the client knows it by.
 *
 * @param age       the age at which it is an upgrade choice; 1 for the items held from the start
 * @param pre       the item index that must be in the player's list to pick it, or -1
 * @param hp        its health once placed; 0 for an indestructible one (and for food)
 * @param scale     its radius
 * @param offset    added to the player's radius plus {@code scale} to find where it is placed
 * @param behaviour what it does, with its numbers
 */
public record ItemDef(int index, String name, ItemGroup group, int age, int pre, Cost cost, int hp, int scale,
                      int offset, ItemBehaviour behaviour) {

    public boolean isFood() {
        return behaviour instanceof ItemBehaviour.Food;
    }

    public boolean indestructible() {
        return hp == 0;
    }

    /** Whether players walk over it instead of colliding with it (traps, pads, platforms, blockers, teleporters). */
    public boolean walkOn() {
        return switch (behaviour) {
            case ItemBehaviour.Trap t -> true;
            case ItemBehaviour.Boost b -> true;
            case ItemBehaviour.Platform p -> true;
            case ItemBehaviour.HealPad h -> true;
            case ItemBehaviour.SpawnPad s -> true;
            case ItemBehaviour.Blocker b -> true;
            case ItemBehaviour.Teleporter t -> true;
            case ItemBehaviour.Food f -> false;
            case ItemBehaviour.Wall w -> false;
            case ItemBehaviour.Spike s -> false;
            case ItemBehaviour.Mill m -> false;
            case ItemBehaviour.Node n -> false;
            case ItemBehaviour.Turret t -> false;
        };
    }
}
