package dev.moomoo.protocol.keyed;

import dev.moomoo.testing.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The ES module this server serves as {@code moomoo-protocol}, run in Node as the browser would import
 * it: its {@code mixKey} must equal the Java twin bit for bit, for keys of every length and any seed,
 * and its {@code BUILD_ID} and {@code BUILD_SALT} must be the build's. Node is required (.ci/run
 * installs it): without it this test fails, it never skips.
 */
class BuildModuleScriptTest {
    private static final HexFormat HEX = HexFormat.of();

    /** Imports the module, then for each "keyHex seed" line of the cases file prints mixKey's hex. */
    private static final String DRIVER = """
            import { readFileSync } from "node:fs";
            import { BUILD_ID, BUILD_SALT, mixKey } from "./moomoo-protocol.mjs";
            console.log(BUILD_ID + " " + BUILD_SALT);
            for (const line of readFileSync(process.argv[2], "utf8").split("\\n")) {
              if (!line) continue;
              const [hex, seed] = line.split(" ");
              const key = Uint8Array.from((hex.match(/../g) || []).map(h => parseInt(h, 16)));
              const out = mixKey(key, Number(seed) >>> 0);
              if (!(out instanceof Uint8Array)) throw new Error("mixKey must return a Uint8Array");
              console.log(Buffer.from(out).toString("hex"));
            }
            """;

    @Test
    void theModulesMixKeyIsTheJavaTwin(@TempDir Path dir) throws Exception {
        Random random = new Random(1461015911);
        for (int b = 0; b < 3; b++) {
            BuildModule build = BuildModule.generate(new SecureRandom());
            List<String> cases = new ArrayList<>();
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                byte[] key = new byte[i < 41 ? i : (i % 3 == 0 ? 16 : random.nextInt(64))];
                random.nextBytes(key);
                int seed = i % 50 == 0 ? (i % 100 == 0 ? 0 : -1) : random.nextInt();
                cases.add(HEX.formatHex(key) + " " + Integer.toUnsignedString(seed));
                expected.add(HEX.formatHex(build.mixKey(key, seed)));
            }
            List<String> out = runNode(dir, build, cases);
            assertEquals(build.buildId() + " " + Integer.toUnsignedString(build.buildSalt()), out.getFirst(), "BUILD_ID and BUILD_SALT");
            List<String> mixed = out.subList(1, out.size());
            for (int i = 0; i < cases.size(); i++) {
                assertEquals(expected.get(i), mixed.get(i), "mixKey(" + cases.get(i) + ") in " + build);
            }
            assertEquals(expected.size(), mixed.size());
        }
    }

    @Test
    void theMixedKeyHas16BytesThatDependOnEveryInput() {
        BuildModule build = BuildModule.generate(new SecureRandom());
        BuildModule other = BuildModule.generate(new SecureRandom());
        byte[] key = HEX.parseHex("7b0c73c75a4767da1ac2954d8122b197");
        byte[] mixed = build.mixKey(key, 1461015911);
        assertEquals(16, mixed.length);
        assertArrayEquals(mixed, build.mixKey(key.clone(), 1461015911), "a function of its inputs");
        assertFalse(Arrays.equals(mixed, build.mixKey(key, 1461015912)), "the seed counts");
        assertFalse(Arrays.equals(mixed, other.mixKey(key, 1461015911)), "the build counts");
        for (int i = 0; i < key.length * 8; i++) {
            byte[] flipped = key.clone();
            flipped[i / 8] ^= (byte) (1 << (i % 8));
            byte[] m = build.mixKey(flipped, 1461015911);
            int changed = 0;
            for (int j = 0; j < 16; j++) {
                changed += Integer.bitCount((m[j] ^ mixed[j]) & 0xFF);
            }
            // a good mix changes about half of the 128 bits; far fewer would mean a key bit barely reaches the output
            assertTrue(changed > 32 && changed < 96, "key bit " + i + " changed " + changed + " of 128 bits");
        }
    }

    private static List<String> runNode(Path dir, BuildModule build, List<String> cases) throws IOException, InterruptedException {
        Files.writeString(dir.resolve("moomoo-protocol.mjs"), build.script());
        Files.writeString(dir.resolve("driver.mjs"), DRIVER);
        Path casesFile = Files.write(dir.resolve("cases.txt"), cases);
        return Node.run(dir, List.of("driver.mjs", casesFile.toString()), build.script());
    }
}
