package dev.moomoo.server;

import dev.moomoo.game.GameConfig;
import dev.moomoo.game.data.AnimalKind;
import dev.moomoo.game.data.BossMove;
import dev.moomoo.game.data.GameData;
import dev.moomoo.game.data.ItemDef;
import dev.moomoo.game.data.ItemGroup;
import dev.moomoo.game.data.StoreItem;
import dev.moomoo.game.data.WeaponDef;
import dev.moomoo.game.space.MapBounds;
import dev.moomoo.game.space.SecretArea;
import dev.moomoo.protocol.Json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The game's tables as the own browser client needs them ({@code /game-data.json}): names, costs,
 * sizes, ages, prices and what hats do, so that the page draws the action bar, the upgrade choices and
 * the store from the same tables the world plays by, never from a copy of its own.
 */
final class GameDataJson {
    private GameDataJson() {
    }

    static String of(GameData data, GameConfig config) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("mapSize", config.mapSize());
        root.put("sandbox", config.sandbox());
        List<Object> groups = new ArrayList<>();
        for (ItemGroup g : data.groups()) {
            groups.add(map("id", g.id(), "name", g.name(), "limit", config.sandbox() ? g.sandboxLimit() : g.limit()));
        }
        root.put("groups", groups);
        List<Object> items = new ArrayList<>();
        for (ItemDef i : data.items()) {
            items.add(map("index", i.index(), "name", i.name(), "group", i.group().id(), "age", i.age(), "pre", i.pre(),
                    "food", i.cost().food(), "wood", i.cost().wood(), "stone", i.cost().stone(), "scale", i.scale(),
                    "offset", i.offset(), "isFood", i.isFood()));
        }
        root.put("items", items);
        List<Object> weapons = new ArrayList<>();
        for (WeaponDef w : data.weapons()) {
            weapons.add(map("id", w.id(), "name", w.name(), "slot", w.slot(), "age", w.age(), "pre", w.pre(),
                    "damage", w.damage(), "range", w.range(), "reload", w.reload(), "ranged", w.ranged(),
                    "wood", w.shotCost().wood(), "stone", w.shotCost().stone()));
        }
        root.put("weapons", weapons);
        List<Object> store = new ArrayList<>();
        for (StoreItem s : data.store()) {
            if (!s.neverWorn()) { // an earned hat is listed too: the page shows it once the player owns it
                store.add(map("kind", s.kind().accessory() ? "accessory" : "hat", "id", s.id(), "name", s.name(),
                        "price", s.price(), "earned", s.sale() == StoreItem.Sale.EARNED, "does", s.effects().describe()));
            }
        }
        root.put("store", store);
        List<Object> animals = new ArrayList<>();
        for (AnimalKind a : data.animals()) {
            // dangerous: a charger or a boss, its name shown in the warning colour; boss: the fixed kinds, a bigger name
            animals.add(map("id", a.id(), "name", a.name(), "scale", a.scale(), "hp", a.hp(), "dangerous", a.charges() || a.fixedSpawn(),
                    "boss", a.fixedSpawn(), "lives", config.habitatOf(a).word(), "count", config.animalCount(a.name())));
        }
        root.put("animals", animals);
        root.put("reconstructed", reconstructed(config));
        SecretArea area = MapBounds.of(config.mapSize(), config.secretArea()).area();
        if (area != null) {
            root.put("secretArea", secretArea(area));
            root.put("crabKing", crabKing(config));
        }
        return Json.write(root);
    }

    /**
     * What the v1.9 client shows but only the server decides (src/site/rules.md#reconstructed), as this
     * world runs it: an operator may set each otherwise.
     */
    private static Map<String, Object> reconstructed(GameConfig config) {
        Map<String, Object> counts = new LinkedHashMap<>();
        for (String kind : GameConfig.RECONSTRUCTED_ANIMALS.keySet().stream().sorted().toList()) {
            counts.put(kind, config.animalCount(kind));
        }
        return map("animalCounts", counts, "animalHabitats", "the lives of each animal", "pounceReach", config.pounceReach(),
                "pounceCooldownMs", config.pounceCooldownMillis(), "thornsHeal", config.thornsHeal(), "bleedDamage", config.bleedDamage(),
                "membersOnlyVariants", config.membersOnlyVariants(), "emeraldLifesteal", "heals its share of the melee damage dealt");
    }

    /** The secret area's ground (src/site/rules.md#the-secret-area): the client's own shape. */
    private static Map<String, Object> secretArea(SecretArea area) {
        List<Object> pools = new ArrayList<>();
        for (SecretArea.Pool p : area.pools()) {
            pools.add(List.of(p.x(), p.y(), p.radius()));
        }
        return map("gorgeX0", area.gorgeX0(), "gorgeHalf", area.gorgeHalf(), "riverY", area.riverY(), "pools", pools);
    }

    /** The Crab King's fight (src/site/rules.md#the-crab-king): every number the server decides, marked reconstructed. */
    private static Map<String, Object> crabKing(GameConfig config) {
        List<Object> moves = new ArrayList<>();
        for (BossMove m : BossMove.crabKing()) {
            moves.add(map("move", m.kind().name().toLowerCase(Locale.ROOT), "state", m.state(), "telegraph", m.telegraph(),
                    "windupMs", m.windup(), "radius", m.radius(), "damage", m.damage(), "push", m.push(), "restMs", m.rest()));
        }
        return map("reconstructed", true, "enabled", config.crabKing(), "respawnMs", config.crabKingRespawnMillis(),
                "shellShare", config.crabShellShare(), "paceBelowTwoThirds", 0.8, "paceBelowOneThird", 0.6, "moves", moves);
    }

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }
}
