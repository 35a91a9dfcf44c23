package dev.moomoo.server;

import dev.moomoo.config.ConfigException;
import dev.moomoo.game.GameConfig;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.*;

/** The setting {@code worlds} (README, "Several worlds"): what a declaration makes, and the one line that refuses a bad one. */
class WorldDeclarationsTest {

    private static List<WorldSpec> worlds(String declared, String... more) {
        Map<String, String> flags = new HashMap<>(Map.of("worlds", declared));
        for (int i = 0; i < more.length; i += 2) {
            flags.put(more[i], more[i + 1]);
        }
        return ServerConfig.defaults(flags).worlds();
    }

    @Test
    void noDeclarationIsOneWorldNamedMainAsTheGameSettingsSay() {
        List<WorldSpec> one = ServerConfig.defaults(Map.of("region", "eu-west", "max-players", "70", "sandbox", "true")).worlds();
        assertEquals(1, one.size());
        WorldSpec main = one.getFirst();
        assertEquals("main", main.name());
        assertEquals("main", main.key());
        assertEquals("eu-west", main.region());
        assertEquals(WorldMode.SANDBOX, main.mode());
        assertEquals(70, main.capacity());
        assertEquals(ServerConfig.defaults(Map.of("region", "eu-west", "max-players", "70", "sandbox", "true")).game(), main.game(),
                "exactly the world of the game settings");
    }

    @Test
    void aNormalWorldBesideASandboxEachWithItsOwnCapacityModeSeedAndMap() {
        List<WorldSpec> w = worlds("main:local:normal:100, sandbox:eu:sandbox:40:map-size=7200:animals=wolf=0+cow=30:trees=50", "world-seed", "7");
        assertEquals(List.of("main", "sandbox"), w.stream().map(WorldSpec::name).toList());
        WorldSpec main = w.get(0);
        WorldSpec sandbox = w.get(1);
        assertEquals(WorldMode.NORMAL, main.mode());
        assertFalse(main.game().sandbox());
        assertEquals(100, main.capacity());
        assertEquals(7, main.game().seed(), "the first world keeps world-seed");
        assertEquals(14_400, main.game().mapSize(), "what a declaration does not set is the game settings'");
        assertEquals("eu", sandbox.region());
        assertTrue(sandbox.game().sandbox(), "a sandbox world plays by the sandbox rules");
        assertEquals(40, sandbox.capacity());
        assertEquals(8, sandbox.game().seed(), "each world its own seed: world-seed plus its place");
        assertEquals(7200, sandbox.game().mapSize());
        assertEquals(50, sandbox.game().trees());
        assertEquals(0, sandbox.game().animalCount("wolf"));
        assertEquals(30, sandbox.game().animalCount("cow"));
        assertEquals(GameConfig.PUBLIC_SERVER_ANIMALS.get("pig"), sandbox.game().animalCount("pig"), "kinds not named keep their count");
        assertEquals(3, worlds("a:local:normal:10,b:local:normal:10:world-seed=3").get(1).game().seed(), "a world may set its seed");
    }

    /**
     * Bots by world: the server setting {@code bots} goes to the default world, as with one world; a
     * declaration's {@code bots=} sets its own world's (the default's too), and a world that sets none has none.
     */
    @Test
    void eachWorldStartsWithTheBotsItDeclaresAndTheDefaultWorldWithTheBotsSetting() {
        assertEquals(List.of(25), worlds("", "bots", "25").stream().map(WorldSpec::bots).toList(), "one world: the setting's bots");
        assertEquals(List.of(25, 0, 0), worlds("a:local:normal:40,b:local:normal:40,c:local:sandbox:40", "bots", "25").stream().map(WorldSpec::bots).toList());
        assertEquals(List.of(30, 0, 12), worlds("a:local:normal:40:bots=30,b:local:normal:40,c:local:normal:40:bots=12:map-size=7200", "bots", "25")
                .stream().map(WorldSpec::bots).toList(), "a declaration's bots= wins over the setting, in the default world too");
        assertEquals(7200, worlds("a:local:normal:40,c:local:normal:40:bots=12:map-size=7200").get(1).game().mapSize(), "bots= beside game settings");
    }

    /** Each bad declaration stops the start with one line that names it and says what is wrong. */
    @Test
    void aBadDeclarationIsRefusedInOneLineNamingIt() {
        Map<String, String> cases = Map.of(
                "main:local:normal:100,main:eu:sandbox:40", "invalid world 'main:eu:sandbox:40' in setting worlds: the name main is declared twice",
                "main:local:normal:100,Big:local:normal:10", "invalid world 'Big:local:normal:10' in setting worlds: a name is 1 to 32 lower-case letters, digits and dashes",
                "main:0:normal:100", "invalid world 'main:0:normal:100' in setting worlds: a region is 1 to 32 lower-case letters, digits and dashes, not 0",
                "main:local:hardcore:100", "invalid world 'main:local:hardcore:100' in setting worlds: the mode is normal or sandbox, not 'hardcore'",
                "main:local:normal:0", "invalid world 'main:local:normal:0' in setting worlds: invalid value '0' for capacity: expected an integer from 1 to 10000",
                "main:local:normal:10:tick-ms=50", "invalid world 'main:local:normal:10:tick-ms=50' in setting worlds: 'tick-ms=50' is not one of animals, bots, bushes, gold-ores, map-size, rocks, trees, world-seed =value",
                "main:local:normal:10:bots=-1", "invalid world 'main:local:normal:10:bots=-1' in setting worlds: invalid value '-1' for bots: expected an integer from 0 to 5000",
                "main:local:normal:10:bots=many", "invalid world 'main:local:normal:10:bots=many' in setting worlds: invalid value 'many' for bots: expected an integer from 0 to 5000",
                "main:local:normal:10:map-size=big", "invalid world 'main:local:normal:10:map-size=big' in setting worlds: invalid value 'big' for setting map-size: expected an integer from 500 to 100000",
                "main:local:normal", "invalid value 'main:local:normal' for setting worlds: expected name:region:mode:capacity[:setting=value]... declarations separated by commas");
        cases.forEach((value, message) -> {
            ConfigException e = assertThrows(ConfigException.class, () -> ServerConfig.defaults(Map.of("worlds", value)), value);
            assertEquals(message, e.getMessage());
            assertFalse(e.getMessage().contains("\n"), "one line");
        });
    }

    @Test
    void underAgonesTheWorldNamesMustFitOneLabelValue() {
        // Kubernetes takes label values of at most 63 characters (its documentation); "w01.w02...." of 16 worlds is 63
        String sixteen = String.join(",", IntStream.rangeClosed(1, 16).mapToObj(i -> String.format("w%02d:eu-west:normal:40", i)).toList());
        assertEquals(16, ServerConfig.defaults(Map.of("agones", "true", "worlds", sixteen)).worlds().size());
        String seventeen = sixteen + ",w17:eu-west:normal:40";
        ConfigException e = assertThrows(ConfigException.class, () -> ServerConfig.defaults(Map.of("agones", "true", "worlds", seventeen)));
        assertTrue(e.getMessage().contains("67 characters") && e.getMessage().contains("at most 63"), e.getMessage());
        assertEquals(17, ServerConfig.defaults(Map.of("worlds", seventeen)).worlds().size(), "without Agones there is no label");
    }
}
