package dev.moomoo.protocol.keyed;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;

import static org.junit.jupiter.api.Assertions.*;

/** The build module kept in the state directory: written, read back as it was, rolled, and refused with one clear line when spoiled. */
class BuildModuleFileTest {
    private static final String SECRET = "00000001fffffffe7fffffff80000000deadbeef0badf00d1234567890abcdef";
    private final SecureRandom random = new SecureRandom();

    @Test
    void aBuildIsReadBackAsItWasWritten(@TempDir Path dir) throws IOException {
        BuildModuleFile file = new BuildModuleFile(dir.resolve("state/build-module.txt"));
        BuildModule build = file.loadOrCreate(random);
        assertTrue(Files.isRegularFile(file.path()), "created with its directory");
        BuildModule again = new BuildModuleFile(file.path()).load();
        assertEquals(build, again);
        assertEquals(build.script(), again.script());
        assertEquals(build, file.loadOrCreate(random), "a restart keeps the build");
        byte[] key = {1, 2, 3, 4, 5, 6, 7, 8};
        assertArrayEquals(build.mixKey(key, 77), again.mixKey(key, 77));
    }

    @Test
    void aRollMakesANewBuildAndKeepsIt(@TempDir Path dir) throws IOException {
        BuildModuleFile file = new BuildModuleFile(dir.resolve("build-module.txt"));
        BuildModule first = file.loadOrCreate(random);
        BuildModule rolled = file.roll(random);
        assertNotEquals(first.buildId(), rolled.buildId());
        assertNotEquals(first, rolled);
        assertEquals(rolled, file.load());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void theFileIsReadAsWritten(@TempDir Path dir) throws IOException {
        Path path = dir.resolve("b.txt");
        Files.writeString(path, "# a comment\n\nbuild-id = abc123xyz0\nbuild-salt = 5A17C0DE\nmixer-secret = " + SECRET + "\n");
        BuildModule build = new BuildModuleFile(path).load();
        assertEquals("abc123xyz0", build.buildId());
        assertEquals(0x5A17C0DE, build.buildSalt());
        assertArrayEquals(new int[]{1, -2, Integer.MAX_VALUE, Integer.MIN_VALUE, 0xDEADBEEF, 0x0BADF00D, 0x12345678, 0x90ABCDEF}, build.mixer().secret());
        assertTrue(build.script().contains("export const BUILD_SALT = 1511506142;"), "the salt unsigned: " + build.script());
        assertTrue(build.script().contains("export const BUILD_ID = \"abc123xyz0\";"));
    }

    @Test
    void aSpoiledFileIsRefusedWithItsNameAndLine(@TempDir Path dir) throws IOException {
        Path path = dir.resolve("build-module.txt");
        assertRefused(path, null, "build module file " + path + ": not found");
        assertRefused(path, "build-id = abc123xyz0\nbuild-salt = 5a17c0de\n", ": no mixer-secret line");
        assertRefused(path, "build-id = abc123xyz0\nbuild-salt = 5a17c0dg\nmixer-secret = " + SECRET, ": build-salt '5a17c0dg': expected 8 hex digits");
        assertRefused(path, "build-id = abc123xyz0\nbuild-salt = 5a17c0de\nmixer-secret = 1234", ": mixer-secret: expected 64 hex digits");
        assertRefused(path, "build-id = ABC/..\nbuild-salt = 5a17c0de\nmixer-secret = " + SECRET, ": build-id 'ABC/..': expected 4 to 32 of 0-9 and a-z");
        assertRefused(path, "build-id = abc123xyz0\nbuild-salt = 5a17c0de\nbuild-salt = 5a17c0de\nmixer-secret = " + SECRET, ": line 3: build-salt a second time");
        assertRefused(path, "build-id = abc123xyz0\nsalt = 5a17c0de\n", ": line 2: expected one of build-id, build-salt, mixer-secret = value, found 'salt = 5a17c0de'");
        assertRefused(path, "\u0000\u00ff\u00fe garbage", ": line 1: expected one of");
        Files.write(path, new byte[]{(byte) 0xC3, 0x28, 0x0A});
        IOException binary = assertThrows(IOException.class, () -> new BuildModuleFile(path).load());
        assertEquals("build module file " + path + ": not a text file", binary.getMessage());
    }

    private static void assertRefused(Path path, String content, String expectedEnd) throws IOException {
        if (content != null) {
            Files.writeString(path, content);
        }
        IOException e = assertThrows(IOException.class, () -> new BuildModuleFile(path).load());
        assertTrue(e.getMessage().startsWith("build module file " + path), e.getMessage());
        assertTrue(e.getMessage().contains(expectedEnd), e.getMessage());
        assertFalse(e.getMessage().contains(SECRET), "the secret is not repeated: " + e.getMessage());
    }
}
