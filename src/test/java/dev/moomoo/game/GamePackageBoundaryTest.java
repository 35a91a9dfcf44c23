package dev.moomoo.game;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The game speaks packets, the gateway speaks bytes: no class of {@code dev.moomoo.game} names the
 * network, the codecs or their code tables. Read from the sources, so a new import breaks the build.
 */
class GamePackageBoundaryTest {
    private static final Pattern FORBIDDEN = Pattern.compile(
            "dev\\.moomoo\\.(net|gateway|server|admin)\\b|dev\\.moomoo\\.protocol\\.(ServerCodec|ClientCodec|CodeTable|MsgpackWriter|MsgpackValues|UpdateEncoder|Args|\\*)");

    @Test
    void gameImportsNeitherTheNetworkNorTheCodecs() throws IOException {
        Path dir = Path.of("src/main/java/dev/moomoo/game");
        assertTrue(Files.isDirectory(dir), "run from the project root: " + dir.toAbsolutePath());
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = FORBIDDEN.matcher(lines.get(i));
                    if (m.find() && !lines.get(i).strip().startsWith("*") && !lines.get(i).strip().startsWith("//")) {
                        found.add(dir.relativize(f) + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }
}
