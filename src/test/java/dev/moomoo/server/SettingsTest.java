package dev.moomoo.server;

import dev.moomoo.config.ConfigException;
import dev.moomoo.config.SettingDef;
import dev.moomoo.config.Settings;
import dev.moomoo.game.data.Habitat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class SettingsTest {
    @TempDir
    Path dir;

    private Path file(String content) throws IOException {
        Path f = dir.resolve("server.properties");
        Files.writeString(f, content);
        return f;
    }

    private static ServerConfig resolve(Map<String, String> flags, Map<String, String> env) {
        return ServerConfig.from(Settings.resolve(ServerConfig.SETTINGS, flags, env));
    }

    @Test
    void precedenceFlagThenEnvironmentThenPortThenFileThenDefault() throws IOException {
        Path f = file("port=4001\nmax-players=7\n");
        String cfg = f.toString();
        assertEquals(3000, resolve(Map.of(), Map.of()).port());
        assertEquals(4001, resolve(Map.of("config", cfg), Map.of()).port());
        assertEquals(4002, resolve(Map.of("config", cfg), Map.of("PORT", "4002")).port());
        assertEquals(4003, resolve(Map.of("config", cfg), Map.of("PORT", "4002", "MOOMOO_PORT", "4003")).port());
        assertEquals(4004, resolve(Map.of("config", cfg, "port", "4004"), Map.of("PORT", "4002", "MOOMOO_PORT", "4003")).port());
        assertEquals(7, resolve(Map.of("config", cfg), Map.of()).game().maxPlayers());
        assertEquals(4001, resolve(Map.of(), Map.of("MOOMOO_CONFIG", cfg)).port());
    }

    @Test
    void badValuesNameTheSettingAndTheRange() {
        ConfigException e = assertThrows(ConfigException.class, () -> resolve(Map.of("port", "99999"), Map.of()));
        assertEquals("invalid value '99999' for setting port: expected an integer from 0 to 65535", e.getMessage());
        e = assertThrows(ConfigException.class, () -> resolve(Map.of(), Map.of("MOOMOO_ECHO", "maybe")));
        assertEquals("invalid value 'maybe' for setting echo: expected true or false", e.getMessage());
        e = assertThrows(ConfigException.class, () -> resolve(Map.of("era", "3"), Map.of()));
        assertTrue(e.getMessage().contains("setting era"));
        e = assertThrows(ConfigException.class, () -> resolve(Map.of("violation-policy", "explode"), Map.of()));
        assertTrue(e.getMessage().contains("one of drop, close"));
    }

    @Test
    void animalCountsAreTheDefaultsChangedKindByKindOrNone() {
        // the public servers' counts and the v1.9 kinds' (reconstructed), src/site/rules.md#animals
        assertEquals(Map.ofEntries(Map.entry("cow", 10), Map.entry("pig", 10), Map.entry("bull", 10), Map.entry("bully", 2),
                Map.entry("wolf", 15), Map.entry("quack", 2), Map.entry("moostafa", 1), Map.entry("treasure", 1), Map.entry("moofie", 1),
                Map.entry("boar", 6), Map.entry("yeti", 2), Map.entry("sheep", 8)), resolve(Map.of(), Map.of()).game().animals());
        assertEquals(0, resolve(Map.of("animals", "yeti=0"), Map.of()).game().animalCount("yeti"));
        assertEquals(Map.of(), resolve(Map.of("animals", "none"), Map.of()).game().animals());
        var changed = resolve(Map.of("animals", "wolf=0, cow=30"), Map.of()).game();
        assertEquals(0, changed.animalCount("wolf"));
        assertEquals(30, changed.animalCount("cow"));
        assertEquals(10, changed.animalCount("pig"), "a kind not named keeps its default");
        for (String bad : new String[] {"dragons=3", "cow=-1", "cow", "cow=lots", "cow=10001", "crab=2"}) { // crabs: the console's only
            ConfigException e = assertThrows(ConfigException.class, () -> resolve(Map.of("animals", bad), Map.of()), bad);
            assertTrue(e.getMessage().startsWith("invalid value '" + bad + "' for setting animals: expected default, none, or kind=count pairs"), e.getMessage());
        }
    }

    @Test
    void animalHabitatsChangeWhereAKindLivesAndTheRestKeepTheTables() {
        // src/site/rules.md#animals: the table's lives by default (reconstructed for the v1.9 kinds)
        var byDefault = resolve(Map.of(), Map.of()).game();
        assertEquals(Map.of(), byDefault.habitats());
        var changed = resolve(Map.of("animal-habitats", "boar=anywhere, Yeti=GRASSLAND"), Map.of()).game();
        assertEquals(Map.of("boar", Habitat.ANYWHERE, "yeti", Habitat.GRASSLAND), changed.habitats());
        for (String bad : new String[] {"boar=sea", "crab=snow", "boar", "moostafa=snow", "boar=arena", "boar=-"}) {
            ConfigException e = assertThrows(ConfigException.class, () -> resolve(Map.of("animal-habitats", bad), Map.of()), bad);
            assertTrue(e.getMessage().startsWith("invalid value '" + bad + "' for setting animal-habitats: expected default, or kind=anywhere|grassland|snow pairs"),
                    e.getMessage());
        }
    }

    @Test
    void theBossArenaIsAPointOnTheMapOrTheScaledPublicPlace() {
        assertArrayEquals(new double[] {7200, 13_200}, resolve(Map.of(), Map.of()).game().arena(), 1e-9);
        assertArrayEquals(new double[] {3600, 6600}, resolve(Map.of("map-size", "7200"), Map.of()).game().arena(), 1e-9, "scaled with the map");
        assertArrayEquals(new double[] {1000, 2000}, resolve(Map.of("boss-arena", "1000,2000"), Map.of()).game().arena(), 1e-9);
        assertTrue(assertThrows(ConfigException.class, () -> resolve(Map.of("boss-arena", "99999,1"), Map.of())).getMessage()
                .endsWith("for setting boss-arena: expected a point within the map, 0 to 14400"));
        assertTrue(assertThrows(ConfigException.class, () -> resolve(Map.of("boss-arena", "north"), Map.of())).getMessage()
                .contains("expected auto or x,y within the map"));
    }

    @Test
    void unknownSettingsAndInconsistentSizesAreRefused() throws IOException {
        assertTrue(assertThrows(ConfigException.class, () -> resolve(Map.of("prot", "1"), Map.of())).getMessage().contains("unknown setting --prot"));
        assertTrue(assertThrows(ConfigException.class, () -> resolve(Map.of("max-frame-size", "2000", "max-message-size", "1000"), Map.of()))
                .getMessage().contains("max-message-size"));
    }

    @Test
    void everyUnknownKeyOfAFileIsNamedAtOnceInFileOrderWithItsLine() throws IOException {
        Path f = file("# a comment\ncolour=blue\nport = 4000\n\n! another comment\nprot: 1\nmax-players 5\ncolour=red\n");
        ConfigException e = assertThrows(ConfigException.class, () -> resolve(Map.of("config", f.toString()), Map.of()));
        assertEquals("config file " + f + ": unknown settings 'colour' (line 2), 'prot' (line 6), 'colour' (line 8) (see --help)", e.getMessage());
        // the known ones, in all three forms, were read
        Path good = file("port = 4000\nmax-players 5\nbind:127.0.0.1\n");
        ServerConfig c = resolve(Map.of("config", good.toString()), Map.of());
        assertEquals(4000, c.port());
        assertEquals(5, c.game().maxPlayers());
        assertEquals("127.0.0.1", c.bind());
    }

    @Test
    void aFileThatIsMissingBinaryOrNotSettingsSaysSoInOneLine() throws IOException {
        Path missing = dir.resolve("missing.properties");
        assertEquals("config file " + missing + ": not found",
                assertThrows(ConfigException.class, () -> resolve(Map.of("config", missing.toString()), Map.of())).getMessage());
        Path binary = dir.resolve("image.png");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D});
        assertEquals("config file " + binary + ": not a text file (not valid UTF-8)",
                assertThrows(ConfigException.class, () -> resolve(Map.of("config", binary.toString()), Map.of())).getMessage());
        Path nul = dir.resolve("nul.properties");
        Files.write(nul, new byte[] {'p', 'o', 'r', 't', '=', '1', 0, '\n'});
        assertEquals("config file " + nul + ": not a text file (it contains NUL bytes)",
                assertThrows(ConfigException.class, () -> resolve(Map.of("config", nul.toString()), Map.of())).getMessage());
        Path words = file("port=1\njust some words=\n=5\nlonely\n");
        assertEquals("config file " + words + ": not a name = value setting: line 3 '=5', line 4 'lonely'",
                assertThrows(ConfigException.class, () -> resolve(Map.of("config", words.toString()), Map.of())).getMessage());
        Path folder = Files.createDirectory(dir.resolve("a-folder"));
        assertTrue(assertThrows(ConfigException.class, () -> resolve(Map.of("config", folder.toString()), Map.of())).getMessage()
                .startsWith("config file " + folder + ": cannot be read"));
    }

    @Test
    void aFlagWithoutItsValueSaysTheValueIsMissing() {
        assertEquals("--port needs a value: an integer from 0 to 65535 (--port=...)",
                assertThrows(ConfigException.class, () -> resolve(Map.of("port", Settings.NO_VALUE), Map.of())).getMessage());
        assertEquals("--config needs a value: the path of a settings file (--config=moomoo.properties)",
                assertThrows(ConfigException.class, () -> resolve(Map.of("config", Settings.NO_VALUE), Map.of())).getMessage());
        assertTrue(resolve(Map.of("echo", Settings.NO_VALUE), Map.of()).echoEnabled(), "a bare switch is true");
    }

    @Test
    void everySettingHasAUniqueNameAndAValidDefault() {
        Set<String> names = new HashSet<>();
        for (SettingDef<?> s : ServerConfig.SETTINGS) {
            assertTrue(names.add(s.name()), "duplicate " + s.name());
            assertNotNull(s.parse(s.defaultValue()) , s.name());
            assertFalse(s.description().isBlank(), s.name());
        }
    }
}
