package dev.moomoo.game.data;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.*;

/** A broken table is refused at start with its file, line and problem in one message. */
class GameDataLoadingTest {

    @Test
    void theShippedTablesLoad() {
        assertEquals(23, GameData.standard().items().size());
    }

    @Test
    void aCellThatIsNotANumberNamesFileLineAndColumn() {
        String message = brokenItems(t -> t.replace("0\tapple\t0\t1\t-\t10", "0\tapple\t0\t1\t-\tten"));
        assertTrue(message.matches("items\\.tsv line \\d+, column food: 'ten' is not a whole number"), message);
    }

    @Test
    void aRowWithAMissingCell() {
        String message = brokenItems(t -> t.replace("\tfood heal=20", ""));
        assertTrue(message.matches("items\\.tsv line \\d+: 11 cells, the header has 12"), message);
    }

    @Test
    void idsOutOfOrder() {
        String message = brokenItems(t -> t.replace("1\tcookie", "7\tcookie"));
        assertTrue(message.endsWith("ids must run 0, 1, 2 ... in order; expected 1, found 7"), message);
    }

    @Test
    void anUnknownBehaviourOrAMissingOrExtraNumber() {
        assertTrue(brokenItems(t -> t.replace("platform\n", "trampoline\n")).endsWith("column behaviour: unknown behaviour 'trampoline'"));
        assertTrue(brokenItems(t -> t.replace("mill points=1\n", "mill\n")).endsWith("column behaviour: mill needs points="));
        assertTrue(brokenItems(t -> t.replace("mill points=1\n", "mill points=1 colour=2\n")).endsWith("column behaviour: mill takes no colour"));
        assertTrue(brokenItems(t -> t.replace("mill points=1\n", "mill points=-1\n")).endsWith("points='-1' is not a number of at least 0"));
    }

    @Test
    void aPrerequisiteThatComesLaterOrDoesNotExist() {
        String later = brokenItems(t -> t.replace("5\tcastle wall\t1\t7\t4", "5\tcastle wall\t1\t7\t12"));
        assertTrue(later.endsWith("column pre: item 12 must exist and come at an age before 7"), later);
        String missing = brokenItems(t -> t.replace("5\tcastle wall\t1\t7\t4", "5\tcastle wall\t1\t7\t99"));
        assertTrue(missing.endsWith("column pre: item 99 must exist and come at an age before 7"), missing);
    }

    @Test
    void aGroupOrProjectileThatDoesNotExist() {
        assertTrue(brokenItems(t -> t.replace("3\twood wall\t1", "3\twood wall\t40")).endsWith("column group: no group 40 in groups.tsv"));
        assertTrue(brokenItems(t -> t.replace("turret projectile=1", "turret projectile=4"))
                .endsWith("projectile 4 must be in projectiles.tsv with a speed and range"), "4 has no speed");
    }

    @Test
    void hpOnlyMissingForFoodAndNodes() {
        String message = brokenItems(t -> t.replace("\t380\t50\t", "\t-\t50\t"));
        assertTrue(message.endsWith("column hp: only food and nodes have none, and they must have none"), message);
    }

    @Test
    void aWeaponsPrerequisiteMustShareItsSlot() {
        String message = broken("weapons.tsv", t -> t.replace("2\tgreat axe\t0\t8\t1", "2\tgreat axe\t0\t8\t9"));
        assertTrue(message.endsWith("column pre: weapon 9 must exist, be in the same slot and come at an age before 8"), message);
    }

    @Test
    void variantsMustGrow() {
        String message = broken("variants.tsv", t -> t.replace("2\tdiamond\t7000", "2\tdiamond\t2000"));
        assertTrue(message.endsWith("column xp: must grow from row to row"), message);
    }

    @Test
    void aTableWithoutHeaderOrRows() {
        assertEquals("groups.tsv: no header line", assertThrows(GameDataException.class, () -> Table.read("groups.tsv", "# only a comment\n")).getMessage());
        assertEquals("items.tsv: no rows", broken("items.tsv", t -> t.lines().filter(l -> l.startsWith("#") || l.startsWith("index")).reduce("", (a, b) -> a + b + "\n")));
    }

    @Test
    void aStoreRowWithAnUnknownKindADuplicateIdOrABadEffect() {
        assertTrue(broken("store.tsv", t -> t.replace("hat\t51\tMoo Cap", "cape\t51\tMoo Cap")).endsWith("column kind: 'cape' is not hat or accessory"));
        assertTrue(broken("store.tsv", t -> t.replace("hat\t50\tApple Cap", "hat\t51\tApple Cap")).endsWith("column id: a second hat 51"));
        assertTrue(broken("store.tsv", t -> t.replace("hat\t51\tMoo Cap", "hat\t0\tMoo Cap")).endsWith("column id: 0 is not between 1 and 255 (0 means none)"));
        String unknown = broken("store.tsv", t -> t.replace("speed=1.16", "speed=1.16 flying=1"));
        assertTrue(unknown.matches("store\\.tsv line \\d+, column effects: effects takes no flying"), unknown);
        assertTrue(broken("store.tsv", t -> t.replace("speed=1.16", "speed=fast")).endsWith("column effects: speed='fast' is not a number"));
        assertTrue(broken("store.tsv", t -> t.replace("turretProjectile=1", "turretProjectile=4"))
                .endsWith("projectile 4 must be in projectiles.tsv with a speed and range"));
    }

    @Test
    void anAnimalRowWithABadTraitOrAChargerThatSeesNothing() {
        String trait = broken("animals.tsv", t -> t.replace("hostile=1 charges=1\n", "hostile=1 charges=1 flies=1\n"));
        assertTrue(trait.matches("animals\\.tsv line \\d+, column traits: traits takes no flies"), trait);
        assertTrue(broken("animals.tsv", t -> t.replace("4\twolf\t300\t8\t0.001\t0.002\t84\t0.45\t800", "4\twolf\t300\t8\t0.001\t0.002\t84\t0.45\t0"))
                .endsWith("column view: a charger must see some way"));
        assertTrue(broken("animals.tsv", t -> t.replace("0\tcow\t500", "0\tcow\t0")).endsWith("column hp: 0.0 is not above 0"));
    }

    /** src/site/rules.md#animals and #older-clients: the v1.9 rows' own checks. */
    @Test
    void animalTypesRiseAndOnesAboveEightNameAStandInAV18ClientHas() {
        assertTrue(broken("animals.tsv", t -> t.replace("hostile=1 charges=1 v18=2", "hostile=1 charges=1"))
                .endsWith("column traits: a type above 8 needs v18= (the type a v1.8 client is shown instead)"));
        assertTrue(broken("animals.tsv", t -> t.replace("v18=2", "v18=9"))
                .endsWith("column traits: v18=9 must be a type of 0 to 8 above it in the table"));
        String rising = broken("animals.tsv", t -> t.replace("10\tyeti", "9\tyeti"));
        assertTrue(rising.endsWith("column id: ids must rise from row to row; 9 comes after 9"), rising);
        assertTrue(broken("animals.tsv", t -> t.replace("\tgrassland\thostile=1 charges=1 v18=2", "\tsea\thostile=1 charges=1 v18=2"))
                .endsWith("column lives: 'sea' is not anywhere, grassland, snow, arena or -"));
        assertTrue(broken("animals.tsv", t -> t.replace("\tarena\thostile=1 fixed=1", "\tanywhere\thostile=1 fixed=1"))
                .endsWith("column lives: the fixed kinds, and only they, live at the arena (or where their fight puts them: -)"));
    }

    @Test
    void aStorePriceIsANumberEarnedOrNone() {
        assertTrue(broken("store.tsv", t -> t.replace("Crab Shell\tearned", "Crab Shell\tgiven"))
                .endsWith("column price: 'given' is not points (a whole number), earned or -"));
    }

    private static String brokenItems(UnaryOperator<String> edit) {
        return broken("items.tsv", edit);
    }

    /** Loads the shipped tables with one of them edited; returns the refusal's message. */
    private static String broken(String file, UnaryOperator<String> edit) {
        String[] names = {"groups.tsv", "items.tsv", "weapons.tsv", "projectiles.tsv", "variants.tsv", "store.tsv", "animals.tsv"};
        String[] texts = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            String text = resource(names[i]);
            if (names[i].equals(file)) {
                String edited = edit.apply(text);
                assertNotEquals(text, edited, "the edit must change " + file);
                text = edited;
            }
            texts[i] = text;
        }
        return assertThrows(GameDataException.class, () -> new GameData(Table.read(names[0], texts[0]), Table.read(names[1], texts[1]),
                Table.read(names[2], texts[2]), Table.read(names[3], texts[3]), Table.read(names[4], texts[4]),
                Table.read(names[5], texts[5]), Table.read(names[6], texts[6]))).getMessage();
    }

    private static String resource(String name) {
        try (InputStream in = GameData.class.getResourceAsStream("/dev/moomoo/game/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
