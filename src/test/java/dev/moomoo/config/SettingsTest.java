package dev.moomoo.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

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
    void unknownSettingsAndInconsistentSizesAreRefused() throws IOException {
        assertTrue(assertThrows(ConfigException.class, () -> resolve(Map.of("prot", "1"), Map.of())).getMessage().contains("unknown setting --prot"));
        Path f = file("colour=blue\n");
        assertTrue(assertThrows(ConfigException.class, () -> resolve(Map.of("config", f.toString()), Map.of())).getMessage()
                .contains("unknown setting colour"));
        assertTrue(assertThrows(ConfigException.class, () -> resolve(Map.of("max-frame-size", "2000", "max-message-size", "1000"), Map.of()))
                .getMessage().contains("max-message-size"));
        assertTrue(assertThrows(ConfigException.class, () -> resolve(Map.of("config", dir.resolve("missing").toString()), Map.of()))
                .getMessage().startsWith("cannot read config file"));
    }

    @Test
    void everySettingHasAUniqueNameAndAValidDefault() {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Setting<?> s : ServerConfig.SETTINGS) {
            assertTrue(names.add(s.name()), "duplicate " + s.name());
            assertNotNull(s.parse(s.defaultValue()) , s.name());
            assertFalse(s.description().isBlank(), s.name());
        }
    }
}
