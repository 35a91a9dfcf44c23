package dev.moomoo;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The packages of {@code src/main/java} are layers along the data path, and a package may use only the
 * packages below it: no cycles, and nothing reaches up (the launcher and the server's clients sit on
 * top, the settings at the bottom). Read from the sources, so a new import breaks the build. Tests and
 * benchmarks may use anything. Inside {@code dev.moomoo.game} the order of its sub-packages is the game's
 * own test's business; here they are one layer.
 */
class PackageLayersTest {
    /** Top to bottom. A layer holds its sub-packages too, unless one of them is a layer of its own. */
    private static final List<String> LAYERS = List.of("cli", "tools", "client", "server", "admin", "gateway", "game", "protocol",
            "net.session", "net.websocket", "net.http", "config");

    /** Uses that break the rule today, each removed when the branch that ends it is merged. */
    private static final Set<String> KNOWN_EXCEPTIONS = Set.of();

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?dev\\.moomoo\\.((?:[a-z][a-z0-9_]*\\.)*[a-z][a-z0-9_]*)\\.(?:[A-Z*]).*");
    private static final Pattern QUALIFIED = Pattern.compile("\\bdev\\.moomoo\\.((?:[a-z][a-z0-9_]*\\.)*[a-z][a-z0-9_]*)\\.[A-Z]");
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+dev\\.moomoo\\.([a-z0-9_.]+);");

    /** One use of a package in a source file. */
    private record Use(Path file, int line, String text, String from, String to) {
        @Override
        public String toString() {
            return SOURCES.relativize(file) + ":" + line + ": " + text + " (" + from + " uses " + to + ", which is above it)";
        }
    }

    @Test
    void everyPackageUsesOnlyThePackagesBelowIt() throws IOException {
        assertTrue(Files.isDirectory(SOURCES), "run from the project root: " + SOURCES.toAbsolutePath());
        List<String> unplaced = new ArrayList<>();
        List<Use> upward = new ArrayList<>();
        List<String> exceptionsSeen = new ArrayList<>();
        for (Path file : javaFiles()) {
            List<String> lines = Files.readAllLines(file);
            String own = packageOf(lines);
            if (own == null || layer(own) < 0) {
                unplaced.add(SOURCES.relativize(file) + ": package " + own + " is in no layer of this test");
                continue;
            }
            for (int i = 0; i < lines.size(); i++) {
                for (String used : packagesUsed(lines.get(i))) {
                    int from = layer(own);
                    int to = layer(used);
                    if (to < 0) {
                        unplaced.add(SOURCES.relativize(file) + ":" + (i + 1) + ": package " + used + " is in no layer of this test");
                    } else if (to < from) {
                        String pair = LAYERS.get(from) + " -> " + LAYERS.get(to);
                        if (KNOWN_EXCEPTIONS.contains(pair)) {
                            exceptionsSeen.add(pair);
                        } else {
                            upward.add(new Use(file, i + 1, lines.get(i).strip(), own, used));
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), unplaced, "every package has its place in LAYERS");
        assertEquals(List.of(), upward.stream().map(Use::toString).toList(), "a package uses only the packages below it");
        for (String exception : KNOWN_EXCEPTIONS) {
            assertTrue(exceptionsSeen.contains(exception), "the known exception " + exception + " is gone: remove it from this test");
        }
    }

    @Test
    void theLayersAreReadFromImportsAndQualifiedNames() {
        assertEquals(List.of("server"), packagesUsed("import dev.moomoo.server.ServerStats;"));
        assertEquals(List.of("protocol"), packagesUsed("import static dev.moomoo.protocol.Args.read;"));
        assertEquals(List.of("game"), packagesUsed("import dev.moomoo.game.*;"));
        assertEquals(List.of("tools"), packagesUsed("        return dev.moomoo.tools.LoadGenerator.main(args, out, err);"));
        assertEquals(List.of(), packagesUsed(" * {@link dev.moomoo.game.World}"), "comments do not count");
        assertEquals(List.of(), packagesUsed("int x = 1; // see dev.moomoo.game.World"));
        assertEquals(LAYERS.indexOf("game"), layer("game.data"), "a sub-package is in its parent's layer");
        assertEquals(LAYERS.indexOf("net.session"), layer("net.session"));
        assertEquals(-1, layer("net"), "net itself is no layer: its sub-packages are");
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static String packageOf(List<String> lines) {
        for (String line : lines) {
            Matcher m = PACKAGE.matcher(line.strip());
            if (m.matches()) {
                return m.group(1);
            }
        }
        return null;
    }

    /** The packages of this project that a source line names: in an import, or qualified in code (not in a comment). */
    private static List<String> packagesUsed(String line) {
        String code = line.strip();
        Matcher imported = IMPORT.matcher(code);
        if (imported.matches()) {
            return List.of(imported.group(1));
        }
        if (code.startsWith("*") || code.startsWith("//") || code.startsWith("/*") || code.startsWith("package ")) {
            return List.of();
        }
        int comment = code.indexOf("//");
        if (comment >= 0) {
            code = code.substring(0, comment);
        }
        List<String> used = new ArrayList<>();
        Matcher qualified = QUALIFIED.matcher(code);
        while (qualified.find()) {
            used.add(qualified.group(1));
        }
        return used;
    }

    /** The index in {@link #LAYERS} of the layer holding {@code pkg}, or -1. */
    private static int layer(String pkg) {
        int best = -1;
        for (int i = 0; i < LAYERS.size(); i++) {
            String layer = LAYERS.get(i);
            boolean holds = pkg.equals(layer) || pkg.startsWith(layer + ".");
            if (holds && (best < 0 || layer.length() > LAYERS.get(best).length())) {
                best = i;
            }
        }
        return best;
    }
}
