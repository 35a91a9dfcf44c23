package dev.moomoo.game.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The shipped tables with what a test needs that another branch of the work adds to them. */
public final class TestTables {
    private TestTables() {
    }

    /**
     * The shipped tables, with the Crab Shell (hat 61, never sold: src/site/rules.md#store) in the store
     * if the shipped store lacks it, so that the Crab King's reward can be seen.
     */
    public static GameData withCrabShell() {
        if (GameData.standard().storeItem(false, 61) != null) {
            return GameData.standard();
        }
        return new GameData(Table.resource("groups.tsv"), Table.resource("items.tsv"), Table.resource("weapons.tsv"),
                Table.resource("projectiles.tsv"), Table.resource("variants.tsv"),
                Table.read("store.tsv", text("store.tsv") + "hat\t61\tCrab Shell\t-\t-\n"), Table.resource("animals.tsv"));
    }

    private static String text(String file) {
        try (InputStream in = TestTables.class.getResourceAsStream("/dev/moomoo/game/" + file)) {
            String t = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return t.endsWith("\n") ? t : t + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
