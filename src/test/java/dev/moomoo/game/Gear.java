package dev.moomoo.game;

/**
 * A hat or an accessory of the store as the tests buy it: its id and price typed from the sheet
 * (src/site/rules.md#store), not read from the store table.
 */
record Gear(String name, int id, boolean accessory, int price) {
    static final Gear MOO_CAP = hat("Moo Cap", 51, 0);
    static final Gear MARKSMAN_CAP = hat("Marksman Cap", 1, 3000);
    static final Gear SOLDIER_HELMET = hat("Soldier Helmet", 6, 4000);
    static final Gear BULL_HELMET = hat("Bull Helmet", 7, 6000);
    static final Gear MINERS_HELMET = hat("Miners Helmet", 9, 5000);
    static final Gear SPIKE_GEAR = hat("Spike Gear", 11, 10000);
    static final Gear BOOSTER_HAT = hat("Booster Hat", 12, 6000);
    static final Gear MEDIC_GEAR = hat("Medic Gear", 13, 5000);
    static final Gear WINDMILL_HAT = hat("Windmill Hat", 14, 10000);
    static final Gear WINTER_CAP = hat("Winter Cap", 15, 600);
    static final Gear SAMURAI_ARMOR = hat("Samurai Armor", 20, 12000);
    static final Gear PLAGUE_MASK = hat("Plague Mask", 21, 10000);
    static final Gear EMP_HELMET = hat("Emp Helmet", 22, 6000);
    static final Gear ANTI_VENOM = hat("Anti Venom Gear", 23, 4000);
    static final Gear BARBARIAN_ARMOR = hat("Barbarian Armor", 26, 8000);
    static final Gear SCAVENGER_GEAR = hat("Scavenger Gear", 27, 15000);
    static final Gear FLIPPER_HAT = hat("Flipper Hat", 31, 2500);
    static final Gear MUSKETEER_HAT = hat("Musketeer Hat", 32, 5000);
    static final Gear TANK_GEAR = hat("Tank Gear", 40, 15000);
    static final Gear BULL_MASK = hat("Bull Mask", 46, 10000);
    static final Gear THIEF_GEAR = hat("Thief Gear", 52, 15000);
    static final Gear TURRET_GEAR = hat("Turret Gear", 53, 10000);
    static final Gear BLOODTHIRSTER = hat("Bloodthirster", 55, 20000);
    static final Gear ASSASSIN_GEAR = hat("Assassin Gear", 56, 20000);
    static final Gear DARK_KNIGHT = hat("Dark Knight", 58, 12000);
    /** The hats the v1.9 client added (src/site/rules.md#store); the Crab Shell is earned, not sold (price 0 in the client). */
    static final Gear SCOUT_HAT = hat("Scout Hat", 59, 3500);
    static final Gear FROST_HELM = hat("Frost Helm", 60, 7000);
    static final Gear CRAB_SHELL = hat("Crab Shell", 61, 0);

    /** The accessories whose effects the v1.9 client describes (src/site/rules.md#effects). */
    static final Gear SUPER_CAPE = accessory("Super Cape", 1, 8000);
    static final Gear DRAGON_CAPE = accessory("Dragon Cape", 2, 6000);
    static final Gear COOKIE_CAPE = accessory("Cookie Cape", 3, 1500);
    static final Gear SKULL_CAPE = accessory("Skull Cape", 4, 4000);
    static final Gear DASH_CAPE = accessory("Dash Cape", 5, 5000);
    static final Gear WINTER_CAPE = accessory("Winter Cape", 6, 3000);
    static final Gear TROLL_CAPE = accessory("Troll Cape", 7, 8000);
    static final Gear COW_CAPE = accessory("Cow Cape", 8, 2000);
    static final Gear TREE_CAPE = accessory("Tree Cape", 9, 1000);
    static final Gear STONE_CAPE = accessory("Stone Cape", 10, 1000);
    static final Gear SNOWBALL = accessory("Snowball", 12, 1000);
    static final Gear THORNS = accessory("Thorns", 14, 10000);
    static final Gear BLOCKADES = accessory("Blockades", 15, 10000);
    static final Gear DEVILS_TAIL = accessory("Devils Tail", 20, 10000);

    static final Gear MONKEY_TAIL = accessory("Monkey Tail", 11, 2000);
    static final Gear ANGEL_WINGS = accessory("Angel Wings", 13, 15000);
    static final Gear SAWBLADE = accessory("Sawblade", 16, 12000);
    static final Gear APPLE_BASKET = accessory("Apple Basket", 17, 3000);
    static final Gear BLOOD_WINGS = accessory("Blood Wings", 18, 20000);
    static final Gear SHADOW_WINGS = accessory("Shadow Wings", 19, 15000);
    static final Gear CORRUPT_X = accessory("Corrupt X", 21, 20000);

    private static Gear hat(String name, int id, int price) {
        return new Gear(name, id, false, price);
    }

    private static Gear accessory(String name, int id, int price) {
        return new Gear(name, id, true, price);
    }

    @Override
    public String toString() {
        return name + " (" + (accessory ? "accessory " : "hat ") + id + ")";
    }
}
