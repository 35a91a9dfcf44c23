package dev.moomoo.server;

import dev.moomoo.config.ConfigException;
import dev.moomoo.config.Setting;
import dev.moomoo.config.SettingDef;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Walks the declarations themselves (the {@code @Setting} of every component of {@link ServerConfig}
 * and the records of settings inside it), not the list made from them: each is a setting the server
 * knows, resolves, checks and lists in {@code --help}.
 */
class EverySettingTest {
    /** One declared setting and the component it fills. */
    private record Declared(RecordComponent component, Setting setting) {
        String name() {
            return setting.name();
        }

        /** How the value is read: the component's type, or what it says it is read as. */
        Class<?> read() {
            return setting.readAs() == void.class ? component.getType() : setting.readAs();
        }

        boolean integer() {
            return read() == int.class || read() == long.class || read() == Duration.class;
        }
    }

    private static final List<Declared> DECLARED = new ArrayList<>();
    private static final List<String> UNDECLARED = new ArrayList<>();

    static {
        walk(ServerConfig.class);
    }

    private static void walk(Class<?> record) {
        for (RecordComponent c : record.getRecordComponents()) {
            Setting s = c.getAnnotation(Setting.class);
            if (s != null) {
                DECLARED.add(new Declared(c, s));
            } else if (c.getType().isRecord()) {
                walk(c.getType());
            } else {
                UNDECLARED.add(record.getSimpleName() + "." + c.getName());
            }
        }
    }

    private static SettingDef<?> known(String name) {
        return ServerConfig.SETTINGS.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void everyComponentOfTheConfigRecordsHasExactlyOneSettingAndEverySettingOneComponent() {
        assertEquals(List.of(), UNDECLARED, "components that are neither a setting nor a record of settings");
        List<String> names = DECLARED.stream().map(Declared::name).toList();
        assertEquals(names.size(), Set.copyOf(names).size(), "a name declared twice: " + names);
        assertEquals(names, ServerConfig.SETTINGS.stream().map(SettingDef::name).toList(),
                "the settings the server knows are the declared ones, each once, in component order");
    }

    @TestFactory
    Stream<DynamicTest> everySettingResolvesItsDefaultRefusesWhatIsOutOfRangeAndIsListedInTheHelp() throws InterruptedException {
        ServerConfig byDefault = ServerConfig.defaults(Map.of());
        String help = help();
        return DECLARED.stream().map(d -> dynamicTest(d.name(), () -> {
            SettingDef<?> s = known(d.name());
            assertEquals(d.setting().defaultValue(), s.defaultValue());
            assertEquals(byDefault, ServerConfig.defaults(Map.of(d.name(), s.defaultValue())), "the default written out is the default");

            List<String> refused = new ArrayList<>();
            if (d.integer()) {
                long min = (long) d.setting().min();
                long max = (long) d.setting().max();
                assertEquals("an integer from " + min + " to " + max, s.allowed());
                assertNotNull(s.parse(Long.toString(min)));
                assertNotNull(s.parse(Long.toString(max)));
                refused.addAll(List.of(Long.toString(min - 1), Long.toString(max + 1), min + ".5", "many"));
            } else if (d.read() == double.class) {
                assertEquals("a number from " + d.setting().min() + " to " + d.setting().max(), s.allowed());
                assertNotNull(s.parse(Double.toString(d.setting().min())));
                assertNotNull(s.parse(Double.toString(d.setting().max())));
                refused.addAll(List.of(Double.toString(d.setting().min() - 0.5), Double.toString(d.setting().max() + 0.5), "NaN", "many"));
            } else if (d.read() == boolean.class) {
                assertEquals("true or false", s.allowed());
                refused.add("maybe");
            } else if (d.setting().oneOf().length > 0) {
                assertEquals("one of " + String.join(", ", d.setting().oneOf()), s.allowed());
                refused.add("none-of-" + String.join("-", d.setting().oneOf()));
            } else if (d.setting().parser().length > 0) {
                refused.addAll(List.of("?", "1,2,3=4"));
            } else {
                assertTrue(Set.of("a string", "a comma-separated list").contains(s.allowed()), "takes any text: " + s.allowed());
                assertNotNull(s.parse("any text, at all"));
            }
            for (String value : refused) {
                ConfigException e = assertThrows(ConfigException.class, () -> ServerConfig.defaults(Map.of(d.name(), value)), value);
                assertEquals("invalid value '" + value + "' for setting " + d.name() + ": expected " + s.allowed(), e.getMessage());
                assertEquals(1, e.getMessage().lines().count());
            }

            String entry = "--" + d.name() + " " + s.description() + " (default: " + (s.defaultValue().isEmpty() ? "empty" : s.defaultValue())
                    + "; env " + s.environmentName() + ")";
            assertTrue(help.contains(entry), "--help lists " + entry);
            assertEquals("MOOMOO_" + d.name().toUpperCase(Locale.ROOT).replace('-', '_'), s.environmentName());
        }));
    }

    @Test
    void theHelpListsTheSettingsInTheirDeclaredOrder() throws InterruptedException {
        String help = help();
        int last = -1;
        for (Declared d : DECLARED) {
            int at = help.indexOf("--" + d.name() + " ");
            assertTrue(at > last, d.name() + " after the one declared before it");
            last = at;
        }
    }

    /** The output of {@code --help} with its wrapped lines joined (the columns are LauncherTest's). */
    private static String help() throws InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        ServerCommand.printHelp(print, Map.of());
        return out.toString(StandardCharsets.UTF_8).replaceAll("\\s+", " ");
    }
}
