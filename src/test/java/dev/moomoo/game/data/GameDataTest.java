package dev.moomoo.game.data;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The shipped tables against src/site/rules.md#the-tables: every expected value below is typed
 * from that sheet, so a wrong row in a table fails here.
 */
class GameDataTest {
    private final GameData data = GameData.standard();

    @Test
    void everyItemRowMatchesTheSheet() {
        // index: group, age, pre, food, wood, stone, hp (0: none), scale, place offset
        int[][] sheet = {
                {0, 0, 1, -1, 10, 0, 0, 0, 22, 0},
                {1, 0, 3, -1, 15, 0, 0, 0, 27, 0},
                {2, 0, 7, -1, 25, 0, 0, 0, 27, 0},
                {3, 1, 1, -1, 0, 10, 0, 380, 50, -5},
                {4, 1, 3, -1, 0, 0, 25, 900, 50, -5},
                {5, 1, 7, 4, 0, 0, 35, 1500, 52, -5},
                {6, 2, 1, -1, 0, 20, 5, 400, 49, -5},
                {7, 2, 5, -1, 0, 30, 10, 500, 52, -5},
                {8, 2, 9, 7, 0, 35, 15, 600, 52, -5},
                {9, 2, 9, 7, 0, 30, 20, 500, 52, -5},
                {10, 3, 1, -1, 0, 50, 10, 400, 45, 5},
                {11, 3, 5, 10, 0, 60, 20, 500, 47, 5},
                {12, 3, 8, 11, 0, 100, 50, 800, 47, 5},
                {13, 4, 5, -1, 0, 20, 100, 0, 65, 0},
                {14, 11, 5, -1, 0, 150, 0, 0, 110, -15},
                {15, 5, 4, -1, 0, 30, 30, 500, 50, -5},
                {16, 6, 4, -1, 0, 5, 20, 150, 45, -5},
                {17, 7, 7, -1, 0, 200, 150, 800, 43, -5},
                {18, 8, 7, -1, 0, 20, 0, 300, 43, -5},
                {19, 9, 7, -1, 10, 30, 0, 400, 45, -5},
                {20, 10, 9, -1, 0, 100, 100, 400, 45, -5},
                {21, 12, 7, -1, 0, 30, 25, 400, 45, -5},
                {22, 13, 7, -1, 0, 60, 60, 200, 45, -5},
        };
        assertEquals(sheet.length, data.items().size());
        for (int[] row : sheet) {
            ItemDef item = data.item(row[0]);
            String at = "item " + row[0] + " (" + item.name() + ")";
            assertEquals(row[1], item.group().id(), at + " group");
            assertEquals(row[2], item.age(), at + " age");
            assertEquals(row[3], item.pre(), at + " pre");
            assertEquals(new Cost(row[4], row[5], row[6], 0), item.cost(), at + " cost");
            assertEquals(row[7], item.hp(), at + " hp");
            assertEquals(row[8], item.scale(), at + " scale");
            assertEquals(row[9], item.offset(), at + " offset");
        }
    }

    @Test
    void behavioursCarryTheSheetsNumbers() {
        assertEquals(new ItemBehaviour.Food(20, 0, 0), data.item(0).behaviour());
        assertEquals(new ItemBehaviour.Food(40, 0, 0), data.item(1).behaviour());
        assertEquals(new ItemBehaviour.Food(30, 10, 5), data.item(2).behaviour());
        assertEquals(new ItemBehaviour.Wall(true), data.item(3).behaviour(), "only the wood wall takes shots");
        assertEquals(new ItemBehaviour.Wall(false), data.item(4).behaviour());
        assertEquals(new ItemBehaviour.Spike(20, 1.5, 0, 0), data.item(6).behaviour());
        assertEquals(new ItemBehaviour.Spike(35, 1.5, 0, 0), data.item(7).behaviour());
        assertEquals(new ItemBehaviour.Spike(30, 1.5, 5, 0), data.item(8).behaviour());
        assertEquals(new ItemBehaviour.Spike(45, 1.5, 0, 0.003), data.item(9).behaviour());
        assertEquals(new ItemBehaviour.Mill(1), data.item(10).behaviour());
        assertEquals(new ItemBehaviour.Mill(1.5), data.item(11).behaviour());
        assertEquals(new ItemBehaviour.Mill(2), data.item(12).behaviour());
        assertEquals(new ItemBehaviour.Node(2, 1), data.item(13).behaviour(), "the mine is a stone node");
        assertEquals(new ItemBehaviour.Node(0, 0.5), data.item(14).behaviour(), "the sapling is a tree node, collides at half");
        assertEquals(new ItemBehaviour.Trap(0.2), data.item(15).behaviour());
        assertEquals(new ItemBehaviour.Boost(1.5, 0.7), data.item(16).behaviour());
        assertEquals(new ItemBehaviour.Turret(1, 700, 2200), data.item(17).behaviour());
        assertEquals(new ItemBehaviour.Platform(), data.item(18).behaviour());
        assertEquals(new ItemBehaviour.HealPad(15, 0.7), data.item(19).behaviour());
        assertEquals(new ItemBehaviour.SpawnPad(), data.item(20).behaviour());
        assertEquals(new ItemBehaviour.Blocker(300, 0.7), data.item(21).behaviour());
        assertEquals(new ItemBehaviour.Teleporter(0.7), data.item(22).behaviour());
    }

    @Test
    void groupsHaveTheSheetsLimitsAndLayers() {
        int[] limits = {0, 30, 15, 7, 1, 6, 12, 2, 12, 4, 1, 2, 3, 2};
        int[] layers = {0, 0, 0, 1, 0, -1, -1, 1, 1, -1, -1, 0, -1, -1};
        assertEquals(limits.length, data.groups().size());
        for (int g = 0; g < limits.length; g++) {
            assertEquals(limits[g], data.groups().get(g).limit(), "group " + g + " limit");
            assertEquals(layers[g], data.groups().get(g).layer(), "group " + g + " layer");
        }
        assertEquals(99, data.groups().get(1).sandboxLimit());
        assertEquals(299, data.groups().get(3).sandboxLimit(), "mills");
        assertEquals(299, data.groups().get(6).sandboxLimit(), "boosters");
        assertEquals(299, data.groups().get(13).sandboxLimit(), "teleporters");
    }

    @Test
    void walkOnItemsAreTheSheetsSeven() {
        List<Integer> walkOn = data.items().stream().filter(ItemDef::walkOn).map(ItemDef::index).toList();
        assertEquals(List.of(15, 16, 18, 19, 20, 21, 22), walkOn);
    }

    @Test
    void everyWeaponRowMatchesTheSheet() {
        // id: slot, age, pre, damage, range, gather, reload, projectile (-1 melee)
        int[][] sheet = {
                {0, 0, 1, -1, 25, 65, 1, 300, -1},
                {1, 0, 2, -1, 30, 70, 2, 400, -1},
                {2, 0, 8, 1, 35, 75, 4, 400, -1},
                {3, 0, 2, -1, 35, 110, 1, 300, -1},
                {4, 0, 8, 3, 40, 118, 1, 300, -1},
                {5, 0, 2, -1, 45, 142, 1, 700, -1},
                {6, 0, 2, -1, 20, 110, 1, 300, -1},
                {7, 0, 2, -1, 20, 65, 1, 100, -1},
                {8, 0, 2, -1, 1, 70, 7, 400, -1},
                {9, 1, 6, -1, 0, 0, 0, 600, 0},
                {10, 1, 6, -1, 10, 75, 1, 400, -1},
                {11, 1, 6, -1, 0, 0, 0, 0, -1},
                {12, 1, 8, 9, 0, 0, 0, 700, 2},
                {13, 1, 9, 12, 0, 0, 0, 230, 3},
                {14, 1, 6, -1, 0, 125, 0, 700, -1},
                {15, 1, 9, 12, 0, 0, 0, 1500, 5},
        };
        double[] knock = {0, 0, 0, 0, 0, 0.2, 0.7, 0.1, 0, 0, 0, 0, 0, 0, 0.2, 0};
        double[] speed = {1, 1, 1, 0.85, 0.8, 0.82, 1, 1.13, 1, 0.75, 0.88, 0.7, 0.7, 0.7, 1.05, 0.6};
        assertEquals(sheet.length, data.weapons().size());
        for (int[] row : sheet) {
            WeaponDef w = data.weapon(row[0]);
            String at = "weapon " + row[0] + " (" + w.name() + ")";
            assertEquals(row[1], w.slot(), at + " slot");
            assertEquals(row[2], w.age(), at + " age");
            assertEquals(row[3], w.pre(), at + " pre");
            assertEquals(row[4], w.damage(), at + " damage");
            assertEquals(row[5], w.range(), at + " range");
            assertEquals(row[6], w.gather(), at + " gather");
            assertEquals(row[7], w.reload(), at + " reload");
            assertEquals(row[8], w.projectile(), at + " projectile");
            assertEquals(knock[row[0]], w.knock(), at + " knock");
            assertEquals(speed[row[0]], w.speed(), at + " speed");
        }
        assertEquals(0.1, data.weapon(7).hitSlow(), "daggers slow less");
        assertEquals(0.3, data.weapon(0).hitSlow());
        assertEquals(7.5, data.weapon(10).buildings(), "great hammer");
        assertEquals(0.2, data.weapon(11).block(), "shield");
        assertTrue(data.weapon(11).shield() && !data.weapon(11).melee());
        assertEquals(250, data.weapon(14).steal(), "mc grabby");
        assertEquals(new Cost(0, 4, 0, 0), data.weapon(9).shotCost());
        assertEquals(new Cost(0, 5, 0, 0), data.weapon(12).shotCost());
        assertEquals(new Cost(0, 10, 0, 0), data.weapon(13).shotCost());
        assertEquals(new Cost(0, 0, 10, 0), data.weapon(15).shotCost());
        assertEquals(0.35, data.weapon(15).recoil());
    }

    @Test
    void projectilesMatchTheSheet() {
        // index: damage, speed, scale, range, layer
        double[][] sheet = {
                {25, 1.6, 103, 1000, 0},
                {25, 1.5, 20, 700, 1},
                {35, 2.5, 103, 1200, 0},
                {30, 2, 103, 1200, 0},
                {16, 0, 20, 0, 1},
                {50, 3.6, 160, 1400, 0},
        };
        assertEquals(sheet.length, data.projectiles().size());
        for (int i = 0; i < sheet.length; i++) {
            ProjectileDef p = data.projectile(i);
            assertArrayEquals(sheet[i], new double[] {p.damage(), p.speed(), p.scale(), p.range(), p.layer()}, "projectile " + i);
        }
    }

    @Test
    void variantsByWeaponXp() {
        assertEquals("normal", data.variantFor(2999, true).name());
        assertEquals("gold", data.variantFor(3000, true).name());
        assertEquals(1.1, data.variantFor(3000, true).damage());
        assertEquals("diamond", data.variantFor(7000, true).name());
        assertEquals(1.18, data.variantFor(11_999, true).damage());
        WeaponVariant ruby = data.variantFor(12_000, true);
        assertEquals("ruby", ruby.name());
        assertEquals(5, ruby.poison());
        assertEquals("ruby", data.variantFor(19_999, true).name());
        WeaponVariant emerald = data.variantFor(20_000, true); // v1.9: {id 4, xp 20000, val 1.18, lifesteal 0.15, membersOnly}
        assertEquals(4, emerald.id());
        assertEquals(1.18, emerald.damage());
        assertEquals(0.15, emerald.lifesteal());
        assertEquals(0, emerald.poison());
        assertEquals("ruby", data.variantFor(1_000_000, false).name(), "members-only out of reach: the ruby is the last");
    }

    @Test
    void startKitAndUpgradeChoicesAreTheSheets() {
        assertEquals(List.of(0, 3, 6, 10), data.startItems().stream().map(ItemDef::index).toList());
        assertEquals(List.of(0), data.startWeapons().stream().map(WeaponDef::id).toList());
        // src/site/rules.md#ages-and-upgrade-choices: weapons by id, items by index
        assertChoices(2, List.of(1, 3, 5, 6, 7, 8), List.of());
        assertChoices(3, List.of(), List.of(1, 4));
        assertChoices(4, List.of(), List.of(15, 16));
        assertChoices(5, List.of(), List.of(7, 11, 13, 14));
        assertChoices(6, List.of(9, 10, 11, 14), List.of());
        assertChoices(7, List.of(), List.of(2, 5, 17, 18, 19, 21, 22));
        assertChoices(8, List.of(2, 4, 12), List.of(12));
        assertChoices(9, List.of(13, 15), List.of(8, 9, 20));
        assertChoices(10, List.of(), List.of());
    }

    private void assertChoices(int age, List<Integer> weapons, List<Integer> items) {
        assertEquals(weapons, data.weaponChoices(age).stream().map(WeaponDef::id).toList(), "weapons at age " + age);
        assertEquals(items, data.itemChoices(age).stream().map(ItemDef::index).toList(), "items at age " + age);
    }
}
