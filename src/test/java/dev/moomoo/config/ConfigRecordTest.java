package dev.moomoo.config;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** Records declared as settings: read once from their components, built through their constructor. */
class ConfigRecordTest {
    record Limits(
            @Setting(name = "size", defaultValue = "10", min = 1, max = 100, description = "how many")
            int size,
            @Setting(name = "wait-ms", defaultValue = "250", min = 0, max = 1000, description = "how long")
            Duration pause,
            @Setting(name = "width", defaultValue = "500", min = 100, max = 1000, readAs = int.class, description = "how wide")
            double width) {
        Limits {
            if (size * 10 > width) {
                throw new ConfigException("invalid value '" + size + "' for setting size: expected at most a tenth of width (" + (long) width + ")");
            }
        }
    }

    record Whole(
            @Setting(name = "name", defaultValue = "x", description = "a name")
            String name,
            Limits limits,
            @Setting(name = "mode", defaultValue = "fast", oneOf = {"fast", "slow"}, description = "how")
            String mode,
            @Setting(name = "tags", defaultValue = "a,b", description = "labels")
            Set<String> tags,
            @Setting(name = "seed", defaultValue = "7", min = 0, max = Integer.MAX_VALUE, description = "seed")
            long seed,
            @Setting(name = "ratio", defaultValue = "0.5", min = 0, max = 1, description = "share")
            double ratio,
            @Setting(name = "on", defaultValue = "true", description = "a switch")
            boolean on,
            @Setting(name = "pair", defaultValue = "1:2", parser = PairParser.class, description = "two numbers, %s")
            Pair pair) {
    }

    record Pair(int a, int b) {
    }

    static final class PairParser implements SettingParser<Pair> {
        @Override
        public String allowed() {
            return "a:b";
        }

        @Override
        public String description(String declared) {
            return declared.formatted("joined by a colon");
        }

        @Override
        public Pair parse(String raw) {
            String[] ab = raw.split(":");
            return ab.length == 2 ? new Pair(Integer.parseInt(ab[0]), Integer.parseInt(ab[1])) : null;
        }
    }

    private static Whole resolve(Map<String, String> flags) {
        ConfigRecord<Whole> whole = ConfigRecord.of(Whole.class);
        return whole.from(Settings.resolve(whole.settings(), flags, Map.of()));
    }

    @Test
    void theSettingsAreTheComponentsInOrderWithASectionsSettingsInItsPlace() {
        List<SettingDef<?>> settings = ConfigRecord.of(Whole.class).settings();
        assertEquals(List.of("name", "size", "wait-ms", "width", "mode", "tags", "seed", "ratio", "on", "pair"),
                settings.stream().map(SettingDef::name).toList());
        SettingDef<?> pair = settings.getLast();
        assertEquals("two numbers, joined by a colon", pair.description(), "the parser completes the description");
        assertEquals("a:b", pair.allowed());
        assertEquals("an integer from 100 to 1000", settings.get(3).allowed(), "read as an int");
        assertEquals("a number from 0.0 to 1.0", settings.get(7).allowed());
        assertTrue(settings.get(8).isSwitch());
    }

    @Test
    void theRecordIsBuiltFromTheResolvedValuesThroughItsConstructor() {
        assertEquals(new Whole("x", new Limits(10, Duration.ofMillis(250), 500), "fast", Set.of("a", "b"), 7, 0.5, true, new Pair(1, 2)),
                resolve(Map.of()));
        assertEquals(new Whole("y", new Limits(3, Duration.ofSeconds(1), 800), "slow", Set.of(), 9, 1, false, new Pair(4, 5)),
                resolve(Map.of("name", "y", "size", "3", "wait-ms", "1000", "width", "800", "mode", "SLOW", "tags", "", "seed", "9",
                        "ratio", "1", "on", "no", "pair", "4:5")));
    }

    @Test
    void aValueOutsideItsRangeIsRefusedNamingTheSetting() {
        assertEquals("invalid value '500.5' for setting width: expected an integer from 100 to 1000",
                assertThrows(ConfigException.class, () -> resolve(Map.of("width", "500.5"))).getMessage());
        assertEquals("invalid value '2147483648' for setting seed: expected an integer from 0 to 2147483647",
                assertThrows(ConfigException.class, () -> resolve(Map.of("seed", "2147483648"))).getMessage());
        assertEquals("invalid value '1001' for setting wait-ms: expected an integer from 0 to 1000",
                assertThrows(ConfigException.class, () -> resolve(Map.of("wait-ms", "1001"))).getMessage());
        assertEquals("invalid value 'medium' for setting mode: expected one of fast, slow",
                assertThrows(ConfigException.class, () -> resolve(Map.of("mode", "medium"))).getMessage());
        assertEquals("invalid value '1' for setting pair: expected a:b",
                assertThrows(ConfigException.class, () -> resolve(Map.of("pair", "1"))).getMessage());
        assertEquals("invalid value 'x:1' for setting pair: expected a:b", // the parser's own exception is a refusal too
                assertThrows(ConfigException.class, () -> resolve(Map.of("pair", "x:1"))).getMessage());
    }

    @Test
    void aCheckOfTheRecordsConstructorComesThroughAsItIs() {
        assertEquals("invalid value '90' for setting size: expected at most a tenth of width (100)",
                assertThrows(ConfigException.class, () -> resolve(Map.of("size", "90", "width", "100"))).getMessage());
    }

    record Unmarked(@Setting(name = "a", defaultValue = "1", min = 0, max = 9, description = "a") int a, int b) {
    }

    record Twice(@Setting(name = "a", defaultValue = "1", min = 0, max = 9, description = "a") int a,
                 @Setting(name = "a", defaultValue = "2", min = 0, max = 9, description = "again") int b) {
    }

    record BadDefault(@Setting(name = "a", defaultValue = "10", min = 0, max = 9, description = "a") int a) {
    }

    record Unbounded(@Setting(name = "a", defaultValue = "1", description = "a") int a) {
    }

    record NoParser(@Setting(name = "a", defaultValue = "1:2", description = "a") Pair a) {
    }

    record WrongParser(@Setting(name = "a", defaultValue = "1:2", parser = PairParser.class, description = "a") String a) {
    }

    @Test
    void aComponentWithoutASettingOrASettingThatCannotBeReadStopsTheStartNamingIt() {
        assertEquals("Unmarked.b is neither a @Setting nor a record of settings",
                assertThrows(IllegalStateException.class, () -> ConfigRecord.of(Unmarked.class)).getMessage());
        assertTrue(assertThrows(IllegalStateException.class, () -> ConfigRecord.of(Twice.class)).getMessage()
                .endsWith("the setting a is declared twice"));
        assertEquals("invalid value '10' for setting a: expected an integer from 0 to 9",
                assertThrows(ConfigException.class, () -> ConfigRecord.of(BadDefault.class)).getMessage());
        assertTrue(assertThrows(IllegalStateException.class, () -> ConfigRecord.of(Unbounded.class)).getMessage().startsWith("Unbounded.a: "));
        assertTrue(assertThrows(IllegalStateException.class, () -> ConfigRecord.of(NoParser.class)).getMessage().startsWith("NoParser.a: "));
        assertTrue(assertThrows(IllegalStateException.class, () -> ConfigRecord.of(WrongParser.class)).getMessage().startsWith("WrongParser.a: "));
    }

    @Test
    void aCopyReplacesTheNamedComponentsOnlyAndRefusesAnUnknownName() {
        ConfigRecord<Limits> limits = ConfigRecord.of(Limits.class);
        Limits base = limits.defaults();
        assertEquals(new Limits(10, Duration.ofMillis(250), 500), base);
        assertEquals(new Limits(20, Duration.ofMillis(250), 2000), limits.with(base, Map.of("size", 20, "width", 2000.0)),
                "not checked against the settings' ranges");
        assertEquals("Limits has no component sise",
                assertThrows(IllegalArgumentException.class, () -> limits.with(base, Map.of("sise", 20))).getMessage());
        assertThrows(ConfigException.class, () -> limits.with(base, Map.of("size", 600)), "the record's own check still holds");
    }
}
