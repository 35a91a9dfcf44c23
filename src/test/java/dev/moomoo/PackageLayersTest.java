package dev.moomoo;

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
 * The packages of {@code src/main/java} are layers along the data path (src/site/architecture.md), and a
 * package may use only the packages below it: no cycles, and nothing reaches up (the launcher and the
 * server's clients on top, the settings at the bottom). The game's rooms are layers of their own, in the
 * order their systems call each other. One more rule: the game speaks packets, the gateway speaks bytes,
 * so of what lies below the game a game package uses only the protocol's packets and the settings, never
 * the codecs or the network. Read from the sources (imports and qualified names written in code, not in
 * comments or strings), so a new dependency breaks the build with its file and line. Tests and benchmarks
 * may use anything.
 */
class PackageLayersTest {
    /** Top to bottom. A layer holds its sub-packages too, unless one of them is a layer of its own. */
    static final List<String> LAYERS = List.of(
            "cli", "tools", "client", "fleet.lobby", "server", "fleet", "lab.inputs", "admin", "gateway", "lab.inspect", "lab.replay", "lab.record", "lab",
            "game", "game.bots", "game.input", "game.tribes", "game.animals", "game.motion", "game.combat", "game.player",
            "game.delivery", "game.world", "game.entity", "game.journal", "game.port", "game.tick", "game.space", "game.data",
            "protocol", "net.session", "net.websocket", "net.http", "config");

    /** What a game package may use of the layers below the game. */
    private static final Pattern GAME_MAY_USE_BELOW = Pattern.compile(
            "dev\\.moomoo\\.(config\\..*|protocol\\.(ServerPacket|ClientPacket|Text)\\b.*)");

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?(dev\\.moomoo\\.[\\w.]+(?:\\.\\*)?)\\s*;");
    private static final Pattern QUALIFIED = Pattern.compile("\\bdev\\.moomoo\\.[a-z]\\w*(?:\\.\\w+)*(?:\\.\\*)?");
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+dev\\.moomoo\\.([\\w.]+)\\s*;", Pattern.MULTILINE);

    @Test
    void everyPackageUsesOnlyThePackagesBelowIt() throws IOException {
        assertTrue(Files.isDirectory(SOURCES), "run from the project root: " + SOURCES.toAbsolutePath());
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                found.addAll(violations(SOURCES.relativize(f).toString(), Files.readString(f)));
            }
        }
        assertEquals(List.of(), found, "the layers, top down: " + LAYERS);
    }

    @Test
    void anUpwardUseACodecTheNetworkAndAnUnplacedPackageAreEachReportedWithFileAndLine() {
        String source = """
                package dev.moomoo.game.combat;

                import dev.moomoo.game.entity.Player;
                import dev.moomoo.game.animals.AnimalLives;
                import dev.moomoo.protocol.ServerPacket;
                import dev.moomoo.protocol.ServerCodec;
                import dev.moomoo.net.session.Connection;
                import dev.moomoo.config.Setting;

                /** Documentation may name {@link dev.moomoo.game.World}. */
                final class Sample {
                    // and so may a comment: dev.moomoo.game.World
                    String text = "or a string: dev.moomoo.server.Server";
                    Object world = new dev.moomoo.game.motion.WalkOn(null, null, null, null, 0);
                }
                """;
        assertEquals(List.of(
                        "Sample.java:4: dev.moomoo.game.animals.AnimalLives (game.combat is below game.animals)",
                        "Sample.java:6: dev.moomoo.protocol.ServerCodec (of what lies below the game, the game uses only the protocol's packets and the settings)",
                        "Sample.java:7: dev.moomoo.net.session.Connection (of what lies below the game, the game uses only the protocol's packets and the settings)",
                        "Sample.java:14: dev.moomoo.game.motion.WalkOn (game.combat is below game.motion)"),
                violations("Sample.java", source));
        assertEquals(List.of("Sample.java:3: dev.moomoo.server.ServerConfig (config is below server)"),
                violations("Sample.java", "package dev.moomoo.config;\n\nimport dev.moomoo.server.ServerConfig;\n"));
        assertEquals(List.of("Sample.java:1: package lobby is in no layer of this test"),
                violations("Sample.java", "package dev.moomoo.lobby;\nfinal class Sample {\n}\n"));
        assertEquals(List.of(), violations("Sample.java", "package dev.moomoo.server;\nimport dev.moomoo.game.data.GameData;\nimport dev.moomoo.net.http.HttpResponse;\n"));
    }

    /** What {@code source} (a source file, {@code name} for the report) names that its layer may not. */
    private static List<String> violations(String name, String source) {
        Matcher pkg = PACKAGE.matcher(source);
        assertTrue(pkg.find(), name + ": no package");
        String from = pkg.group(1);
        List<String> found = new ArrayList<>();
        if (layer(from) < 0) {
            found.add(name + ":" + lineOf(source, pkg.start(1)) + ": package " + from + " is in no layer of this test");
            return found;
        }
        String[] lines = source.split("\n", -1);
        boolean inComment = false;
        for (int i = 0; i < lines.length; i++) {
            StringBuilder code = new StringBuilder();
            inComment = codeOf(lines[i], inComment, code);
            String text = code.toString().strip();
            List<String> targets = new ArrayList<>();
            Matcher imported = IMPORT.matcher(text);
            if (imported.find()) {
                targets.add(imported.group(1));
            } else if (!text.startsWith("package ")) {
                Matcher qualified = QUALIFIED.matcher(text);
                while (qualified.find()) {
                    targets.add(qualified.group());
                }
            }
            for (String target : targets) {
                String why = refused(from, target);
                if (why != null) {
                    found.add(name + ":" + (i + 1) + ": " + target + " (" + why + ")");
                }
            }
        }
        return found;
    }

    /** Appends the code of {@code line} to {@code code}, without comments and string contents; returns whether a block comment is still open. */
    private static boolean codeOf(String line, boolean inComment, StringBuilder code) {
        int at = 0;
        while (at < line.length()) {
            if (inComment) {
                int end = line.indexOf("*/", at);
                inComment = end < 0;
                at = end < 0 ? line.length() : end + 2;
            } else if (line.startsWith("/*", at)) {
                inComment = true;
                at += 2;
            } else if (line.startsWith("//", at)) {
                at = line.length();
            } else if (line.charAt(at) == '"') {
                int end = at + 1;
                while (end < line.length() && line.charAt(end) != '"') {
                    end += line.charAt(end) == '\\' ? 2 : 1;
                }
                code.append("\"\"");
                at = end + 1;
            } else {
                code.append(line.charAt(at++));
            }
        }
        return inComment;
    }

    /** Why a file of package {@code from} may not name {@code target}, or null when it may. */
    private static String refused(String from, String target) {
        String to = packageOf(target);
        if (!to.startsWith("dev.moomoo.")) {
            return null; // the JDK and the libraries
        }
        to = to.substring("dev.moomoo.".length());
        int own = layer(from);
        int used = layer(to);
        if (used < 0) {
            return "package " + to + " is in no layer of this test";
        }
        if (used < own) {
            return LAYERS.get(own) + " is below " + LAYERS.get(used);
        }
        boolean fromGame = LAYERS.get(own).startsWith("game");
        boolean belowGame = used > LAYERS.indexOf("game.data");
        if (fromGame && belowGame && !GAME_MAY_USE_BELOW.matcher(target).matches()) {
            return "of what lies below the game, the game uses only the protocol's packets and the settings";
        }
        return null;
    }

    /** The package of a qualified name: its segments up to the first that starts with a capital (or a wildcard). */
    private static String packageOf(String qualified) {
        StringBuilder pkg = new StringBuilder();
        for (String part : qualified.split("\\.")) {
            if (part.isEmpty() || Character.isUpperCase(part.charAt(0)) || part.equals("*")) {
                break;
            }
            pkg.append(pkg.isEmpty() ? "" : ".").append(part);
        }
        return pkg.toString();
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

    private static int lineOf(String source, int offset) {
        return (int) source.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }
}
