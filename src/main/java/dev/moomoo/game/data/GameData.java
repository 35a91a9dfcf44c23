package dev.moomoo.game.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The game's tables (items, groups, weapons, projectiles, weapon variants, the store, animals), read from the resources
 * next to this package and checked as a whole once at start: ids run 0, 1, 2 ... in order, every
 * reference points at a row that exists, and every prerequisite can be had at an earlier age. A broken
 * table stops the start with the file, line and problem.
 */
public final class GameData {
    private static volatile GameData standard;
    /** The highest animal type the v1.8 client has a table entry for (an unknown type throws in its I handler). */
    static final int MAX_V18_ANIMAL_TYPE = 8;
    /** The highest animal type the v1.9 client has a table entry for (an unknown type throws in its I handler). */
    static final int MAX_ANIMAL_TYPE = 14;

    private final List<ItemGroup> groups;
    private final List<ItemDef> items;
    private final List<WeaponDef> weapons;
    private final List<ProjectileDef> projectiles;
    private final List<WeaponVariant> variants;
    private final List<StoreItem> store;
    /** Hats and accessories by id (ids are sparse, each kind numbered apart); null where none. */
    private final StoreItem[] hats;
    private final StoreItem[] accessories;
    private final List<AnimalKind> animals;
    /** Animal kinds by type id (ids rise with gaps); null where none. */
    private final AnimalKind[] animalsById;

    GameData(Table groups, Table items, Table weapons, Table projectiles, Table variants, Table store, Table animals) {
        this.groups = readAll(groups, GameData::group);
        this.projectiles = readAll(projectiles, GameData::projectile);
        this.items = readAll(items, this::item);
        this.weapons = readAll(weapons, this::weapon);
        this.variants = readAll(variants, GameData::variant);
        this.animals = readAnimals(animals);
        this.animalsById = new AnimalKind[this.animals.getLast().id() + 1];
        for (AnimalKind k : this.animals) {
            animalsById[k.id()] = k;
        }
        check(items, weapons, variants);
        this.store = readStore(store);
        this.hats = byId(this.store, StoreItem.Kind.HAT);
        this.accessories = byId(this.store, StoreItem.Kind.ACCESSORY);
    }

    /** The tables shipped with the server, read once. */
    public static GameData standard() {
        GameData d = standard;
        if (d == null) {
            synchronized (GameData.class) {
                d = standard;
                if (d == null) {
                    d = new GameData(Table.resource("groups.tsv"), Table.resource("items.tsv"),
                            Table.resource("weapons.tsv"), Table.resource("projectiles.tsv"), Table.resource("variants.tsv"),
                            Table.resource("store.tsv"), Table.resource("animals.tsv"));
                    standard = d;
                }
            }
        }
        return d;
    }

    public List<ItemGroup> groups() {
        return groups;
    }

    public List<ItemDef> items() {
        return items;
    }

    public List<WeaponDef> weapons() {
        return weapons;
    }

    public List<ProjectileDef> projectiles() {
        return projectiles;
    }

    public List<WeaponVariant> variants() {
        return variants;
    }

    /** Every hat and accessory, in the order the client lists them. */
    public List<StoreItem> store() {
        return store;
    }

    /** The hat ({@code accessory} false) or accessory of {@code id}, or null when there is none. */
    public StoreItem storeItem(boolean accessory, int id) {
        StoreItem[] byId = accessory ? accessories : hats;
        return id >= 0 && id < byId.length ? byId[id] : null;
    }

    /** Every animal kind, by rising type id. */
    public List<AnimalKind> animals() {
        return animals;
    }

    /** The animal kind of type {@code id}, or null when there is none. */
    public AnimalKind animal(int id) {
        return id >= 0 && id < animalsById.length ? animalsById[id] : null;
    }

    /** The animal kind of a name, any case, or null. */
    public AnimalKind animal(String name) {
        for (AnimalKind k : animals) {
            if (k.name().equalsIgnoreCase(name)) {
                return k;
            }
        }
        return null;
    }

    /** The item of {@code index}, or null when there is none (a client may send anything). */
    public ItemDef item(int index) {
        return index >= 0 && index < items.size() ? items.get(index) : null;
    }

    public WeaponDef weapon(int id) {
        return id >= 0 && id < weapons.size() ? weapons.get(id) : null;
    }

    public ProjectileDef projectile(int index) {
        return index >= 0 && index < projectiles.size() ? projectiles.get(index) : null;
    }

    /** The best variant a weapon XP has earned; one the client marks members-only only when {@code membersOnly} may be reached. */
    public WeaponVariant variantFor(long weaponXp, boolean membersOnly) {
        WeaponVariant best = variants.getFirst();
        for (WeaponVariant v : variants) {
            if (weaponXp >= v.xp() && (membersOnly || !v.membersOnly())) {
                best = v;
            }
        }
        return best;
    }

    /** The items every player starts with, in index order. */
    public List<ItemDef> startItems() {
        return items.stream().filter(i -> i.age() == 1).toList();
    }

    /** The weapons every player starts with. */
    public List<WeaponDef> startWeapons() {
        return weapons.stream().filter(w -> w.age() == 1).toList();
    }

    /** The weapons offered at an upgrade of {@code age}. */
    public List<WeaponDef> weaponChoices(int age) {
        return weapons.stream().filter(w -> w.age() == age && age > 1).toList();
    }

    /** The items offered at an upgrade of {@code age}. */
    public List<ItemDef> itemChoices(int age) {
        return items.stream().filter(i -> i.age() == age && age > 1).toList();
    }

    // ---- reading rows ----


    private static <T> List<T> readAll(Table t, Function<Table.Row, T> reader) {
        List<T> out = new ArrayList<>();
        for (Table.Row row : t.rows()) {
            int id = row.integer(row.hasColumn("index") ? "index" : "id");
            if (id != out.size()) {
                throw row.error("ids must run 0, 1, 2 ... in order; expected " + out.size() + ", found " + id);
            }
            out.add(reader.apply(row));
        }
        if (out.isEmpty()) {
            throw new GameDataException(t.file() + ": no rows");
        }
        return List.copyOf(out);
    }

    /**
     * Animal rows: ids rise (a gap is a type the server does not have yet), and a type the v1.8 client
     * lacks names one it has to be shown as.
     */
    private static List<AnimalKind> readAnimals(Table t) {
        List<AnimalKind> out = new ArrayList<>();
        for (Table.Row row : t.rows()) {
            AnimalKind kind = animal(row);
            if (!out.isEmpty() && kind.id() <= out.getLast().id()) {
                throw row.error("id", "ids must rise from row to row; " + kind.id() + " comes after " + out.getLast().id());
            }
            if (kind.v18() > MAX_V18_ANIMAL_TYPE || out.stream().noneMatch(k -> k.id() == kind.v18()) && kind.v18() != kind.id()) {
                throw row.error("traits", "v18=" + kind.v18() + " must be a type of 0 to " + MAX_V18_ANIMAL_TYPE + " above it in the table");
            }
            out.add(kind);
        }
        if (out.isEmpty() || out.getFirst().id() < 0) {
            throw new GameDataException(t.file() + ": no rows, or an id below 0");
        }
        return List.copyOf(out);
    }

    /** Store rows: ids above 0 (0 is "none" on the wire) and unique per kind; a projectile a turret hat fires exists. */
    private List<StoreItem> readStore(Table t) {
        List<StoreItem> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Table.Row r : t.rows()) {
            StoreItem.Kind kind = switch (r.text("kind")) {
                case "hat" -> StoreItem.Kind.HAT;
                case "accessory" -> StoreItem.Kind.ACCESSORY;
                default -> throw r.error("kind", "'" + r.text("kind") + "' is not hat or accessory");
            };
            int id = r.integer("id");
            if (id < 1 || id > 255) {
                throw r.error("id", id + " is not between 1 and 255 (0 means none)");
            }
            if (!seen.add(kind + " " + id)) {
                throw r.error("id", "a second " + kind.name().toLowerCase() + " " + id);
            }
            Effects effects;
            try {
                effects = Effects.parse(r.text("effects"));
            } catch (IllegalArgumentException e) {
                throw r.error("effects", e.getMessage());
            }
            if (effects.turret() != null && !fired(effects.turret().projectile())) {
                throw r.error("effects", "projectile " + effects.turret().projectile() + " must be in projectiles.tsv with a speed and range");
            }
            StoreItem.Sale sale = r.isNone("price") ? StoreItem.Sale.NEVER
                    : r.text("price").equals("earned") ? StoreItem.Sale.EARNED : StoreItem.Sale.SOLD;
            if (sale == StoreItem.Sale.SOLD && !r.text("price").matches("\\d+")) {
                throw r.error("price", "'" + r.text("price") + "' is not points (a whole number), earned or -");
            }
            out.add(new StoreItem(kind, id, r.text("name"), sale == StoreItem.Sale.SOLD ? nonNegative(r, "price") : 0, sale, effects));
        }
        if (out.isEmpty()) {
            throw new GameDataException(t.file() + ": no rows");
        }
        return List.copyOf(out);
    }

    private static StoreItem[] byId(List<StoreItem> store, StoreItem.Kind kind) {
        StoreItem[] out = new StoreItem[256];
        for (StoreItem s : store) {
            if (s.kind() == kind) {
                out[s.id()] = s;
            }
        }
        return out;
    }

    private static AnimalKind animal(Table.Row r) {
        KeyValues t;
        try {
            t = KeyValues.parse("traits", r.text("traits"));
        } catch (IllegalArgumentException e) {
            throw r.error("traits", e.getMessage());
        }
        Habitat lives = Habitat.of(r.text("lives"));
        if (lives == null) {
            throw r.error("lives", "'" + r.text("lives") + "' is not anywhere, grassland, snow, arena or -");
        }
        try {
            AnimalKind.Strike strike = t.numberOr("strikeRange", 0) > 0
                    ? new AnimalKind.Strike(t.number("strikeRange"), t.number("strikeDelay")) : null;
            int id = r.integer("id");
            if (id > MAX_ANIMAL_TYPE) {
                throw r.error("id", "the client draws animal types 0 to " + MAX_ANIMAL_TYPE + " only (an unknown type throws in its I handler)");
            }
            double damage = r.number("damage");
            if (damage < 0) {
                throw r.error("damage", damage + " is negative");
            }
            // weight 0: a body no knockback moves (the Crab King)
            AnimalKind kind = new AnimalKind(id, r.text("name"), (int) positive(r, "hp"), damage,
                    r.number("speed"), r.number("turn"), (int) positive(r, "scale"), atLeastZero(r, "weight"), nonNegative(r, "view"),
                    nonNegative(r, "drop"), nonNegative(r, "score"), nonNegative(r, "respawn"), nonNegative(r, "collide"), lives,
                    t.flagOr("hostile"), t.flagOr("charges"), t.flagOr("stands"), t.flagOr("untrappable"), t.flagOr("fixed"),
                    (int) t.numberOr("scare", 0), t.numberOr("leap", 0), t.flagOr("diver"),
                    (int) t.numberOr("v18", id <= MAX_V18_ANIMAL_TYPE ? id : -1), strike);
            t.requireAllUsed();
            if (kind.speed() < 0 || kind.turn() < 0) {
                throw r.error("speed", "speed and turn cannot be negative");
            }
            if (id > MAX_V18_ANIMAL_TYPE && kind.v18() < 0) {
                throw r.error("traits", "a type above " + MAX_V18_ANIMAL_TYPE + " needs v18= (the type a v1.8 client is shown instead)");
            }
            if (id <= MAX_V18_ANIMAL_TYPE && kind.v18() != id) {
                throw r.error("traits", "a type the v1.8 client has is shown as itself");
            }
            if (kind.charges() && kind.view() == 0) {
                throw r.error("view", "a charger must see some way");
            }
            if (lives == Habitat.ARENA && !kind.fixedSpawn() || kind.fixedSpawn() && lives != Habitat.ARENA && lives != Habitat.NONE) {
                throw r.error("lives", "the fixed kinds, and only they, live at the arena (or where their fight puts them: -)");
            }
            return kind;
        } catch (IllegalArgumentException e) {
            throw r.error("traits", e.getMessage());
        }
    }

    private static ItemGroup group(Table.Row r) {
        return new ItemGroup(r.integer("id"), r.text("name"), nonNegative(r, "limit"), nonNegative(r, "sandboxLimit"), layer(r));
    }

    private static ProjectileDef projectile(Table.Row r) {
        // A projectile nothing fires may leave its speed and range open (-).
        double speed = r.isNone("speed") ? 0 : positive(r, "speed");
        int range = r.isNone("range") ? 0 : nonNegative(r, "range");
        return new ProjectileDef(r.integer("index"), r.text("name"), nonNegative(r, "damage"), speed,
                nonNegative(r, "scale"), range, layer(r));
    }

    private static WeaponVariant variant(Table.Row r) {
        int members = r.integer("members");
        if (members != 0 && members != 1) {
            throw r.error("members", "must be 0 or 1");
        }
        return new WeaponVariant(r.integer("id"), r.text("name"), nonNegative(r, "xp"), positive(r, "damage"), r.number("poison"),
                r.number("lifesteal"), members == 1);
    }

    private ItemDef item(Table.Row r) {
        int groupId = r.integer("group");
        if (groupId < 0 || groupId >= groups.size()) {
            throw r.error("group", "no group " + groupId + " in groups.tsv");
        }
        ItemBehaviour behaviour;
        try {
            behaviour = ItemBehaviour.parse(r.text("behaviour"));
        } catch (IllegalArgumentException e) {
            throw r.error("behaviour", e.getMessage());
        }
        int hp = r.integerOr("hp", 0);
        if (r.isNone("hp") != (behaviour instanceof ItemBehaviour.Food || behaviour instanceof ItemBehaviour.Node)) {
            throw r.error("hp", "only food and nodes have none, and they must have none");
        }
        if (behaviour instanceof ItemBehaviour.Turret t && !fired(t.projectile())) {
            throw r.error("behaviour", "projectile " + t.projectile() + " must be in projectiles.tsv with a speed and range");
        }
        return new ItemDef(r.integer("index"), r.text("name"), groups.get(groupId), age(r), r.integerOr("pre", -1),
                new Cost(nonNegative(r, "food"), nonNegative(r, "wood"), nonNegative(r, "stone"), 0),
                hp, (int) positive(r, "scale"), r.integer("offset"), behaviour);
    }

    private WeaponDef weapon(Table.Row r) {
        int slot = r.integer("slot");
        if (slot != 0 && slot != 1) {
            throw r.error("slot", "must be 0 (primary) or 1 (secondary)");
        }
        int projectile = r.integerOr("projectile", -1);
        if (projectile != -1 && !fired(projectile)) {
            throw r.error("projectile", "projectile " + projectile + " must be in projectiles.tsv with a speed and range");
        }
        return new WeaponDef(r.integer("id"), r.text("name"), slot, age(r), r.integerOr("pre", -1),
                nonNegative(r, "damage"), nonNegative(r, "range"), nonNegative(r, "gather"), nonNegative(r, "reload"),
                r.number("knock"), positive(r, "speed"), r.number("hitSlow"), projectile,
                new Cost(0, nonNegative(r, "shotWood"), nonNegative(r, "shotStone"), 0),
                r.number("recoil"), positive(r, "buildings"), r.numberOr("block", 1), nonNegative(r, "steal"));
    }

    /** References across rows: prerequisites exist, are of the same kind and come at an earlier age. */
    private void check(Table itemTable, Table weaponTable, Table variantTable) {
        for (int i = 0; i < items.size(); i++) {
            ItemDef item = items.get(i);
            Table.Row row = itemTable.rows().get(i);
            if (item.pre() >= 0) {
                ItemDef pre = item(item.pre());
                if (pre == null || pre.age() >= item.age()) {
                    throw row.error("pre", "item " + item.pre() + " must exist and come at an age before " + item.age());
                }
            }
            if (item.isFood() != (item.group().limit() == 0)) {
                throw row.error("group", "food, and only food, goes in a group without a place limit");
            }
        }
        for (int i = 0; i < weapons.size(); i++) {
            WeaponDef w = weapons.get(i);
            if (w.pre() >= 0) {
                WeaponDef pre = weapon(w.pre());
                if (pre == null || pre.age() >= w.age() || pre.slot() != w.slot()) {
                    throw weaponTable.rows().get(i).error("pre", "weapon " + w.pre() + " must exist, be in the same slot and come at an age before " + w.age());
                }
            }
        }
        if (startWeapons().stream().noneMatch(w -> w.slot() == 0)) {
            throw new GameDataException(weaponTable.file() + ": no primary weapon of age 1 to start with");
        }
        if (variants.getFirst().xp() != 0) {
            throw variantTable.rows().getFirst().error("xp", "the first variant must hold from 0");
        }
        for (int i = 1; i < variants.size(); i++) {
            if (variants.get(i).xp() <= variants.get(i - 1).xp()) {
                throw variantTable.rows().get(i).error("xp", "must grow from row to row");
            }
        }
    }

    private boolean fired(int projectile) {
        ProjectileDef p = projectile(projectile);
        return p != null && p.speed() > 0 && p.range() > 0;
    }

    private static int age(Table.Row r) {
        int age = r.integer("age");
        if (age < 1 || age > 100) {
            throw r.error("age", age + " is not between 1 and 100");
        }
        return age;
    }

    private static int layer(Table.Row r) {
        int layer = r.integer("layer");
        if (layer < -1 || layer > 1) {
            throw r.error("layer", layer + " is not -1, 0 or 1");
        }
        return layer;
    }

    private static int nonNegative(Table.Row r, String column) {
        int v = r.integer(column);
        if (v < 0) {
            throw r.error(column, v + " is negative");
        }
        return v;
    }

    private static double atLeastZero(Table.Row r, String column) {
        double v = r.number(column);
        if (v < 0) {
            throw r.error(column, v + " is negative");
        }
        return v;
    }

    private static double positive(Table.Row r, String column) {
        double v = r.number(column);
        if (v <= 0) {
            throw r.error(column, v + " is not above 0");
        }
        return v;
    }
}
