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
 * The game's packages are layered: each imports only the game packages below it in {@link #LAYERS} (so
 * there is no cycle and nothing reaches up), and outside the game only the protocol's packets, never the
 * network, the gateway, the server, the admin side or the codecs. Read from the sources, imports and
 * qualified names written inline alike, so a new dependency breaks the build with its file and line.
 */
class GamePackageLayersTest {
    /** The game's packages from the top (the public face) down; each may import only those below it. */
    static final List<String> LAYERS = List.of(
            "dev.moomoo.game",
            "dev.moomoo.game.bots",
            "dev.moomoo.game.input",
            "dev.moomoo.game.tribes",
            "dev.moomoo.game.animals",
            "dev.moomoo.game.motion",
            "dev.moomoo.game.combat",
            "dev.moomoo.game.player",
            "dev.moomoo.game.delivery",
            "dev.moomoo.game.world",
            "dev.moomoo.game.entity",
            "dev.moomoo.game.port",
            "dev.moomoo.game.tick",
            "dev.moomoo.game.space",
            "dev.moomoo.game.data");
    /** The protocol's codecs and code tables: the gateway's business, never the game's. */
    private static final Pattern CODECS = Pattern.compile(
            "dev\\.moomoo\\.protocol\\.(ServerCodec|ClientCodec|CodeTable|MsgpackWriter|MsgpackValues|MsgpackBuffer|UpdateEncoder|Args|\\*)\\b.*");
    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(?:static\\s+)?([\\w.]+(?:\\.\\*)?)\\s*;");
    private static final Pattern QUALIFIED = Pattern.compile("\\bdev\\.moomoo\\.[a-z]\\w*(?:\\.\\w+)*(?:\\.\\*)?");
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

    @Test
    void eachGamePackageImportsOnlyThePackagesBelowItAndTheProtocolsPackets() throws IOException {
        Path dir = Path.of("src/main/java/dev/moomoo/game");
        assertTrue(Files.isDirectory(dir), "run from the project root: " + dir.toAbsolutePath());
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                found.addAll(violations(dir.getParent().relativize(f).toString(), Files.readString(f)));
            }
        }
        assertEquals(List.of(), found, "the game's layers, top down: " + LAYERS);
    }

    @Test
    void anUpwardImportACycleAnInlineNameAndTheNetworkAreEachReportedWithFileAndLine() {
        String source = """
                package dev.moomoo.game.combat;

                import dev.moomoo.game.entity.Player;
                import dev.moomoo.game.animals.AnimalLives;
                import dev.moomoo.protocol.ServerPacket;
                import dev.moomoo.protocol.ServerCodec;
                import dev.moomoo.net.session.Connection;

                /** Documentation may name {@link dev.moomoo.game.World}. */
                final class Sample {
                    // and so may a comment: dev.moomoo.game.World
                    Object world = new dev.moomoo.game.motion.WalkOn(null, null, null, null, 0);
                }
                """;
        assertEquals(List.of(
                        "game/combat/Sample.java:4: dev.moomoo.game.animals.AnimalLives (dev.moomoo.game.combat is below dev.moomoo.game.animals)",
                        "game/combat/Sample.java:6: dev.moomoo.protocol.ServerCodec (the protocol's codecs are the gateway's)",
                        "game/combat/Sample.java:7: dev.moomoo.net.session.Connection (outside the game only the protocol's packets)",
                        "game/combat/Sample.java:12: dev.moomoo.game.motion.WalkOn (dev.moomoo.game.combat is below dev.moomoo.game.motion)"),
                violations("game/combat/Sample.java", source));
        assertEquals(List.of("game/lobby/Sample.java:1: dev.moomoo.game.lobby (not in the game's layers: add it to LAYERS)"),
                violations("game/lobby/Sample.java", "package dev.moomoo.game.lobby;\nfinal class Sample {\n}\n"));
    }

    /** What {@code source} (a file of the game, {@code name} for the report) names that its layer may not. */
    private static List<String> violations(String name, String source) {
        Matcher pkg = PACKAGE.matcher(source);
        assertTrue(pkg.find(), name + ": no package");
        String from = pkg.group(1);
        List<String> found = new ArrayList<>();
        if (!LAYERS.contains(from)) {
            found.add(name + ":" + lineOf(source, pkg.start(1)) + ": " + from + " (not in the game's layers: add it to LAYERS)");
            return found;
        }
        String[] lines = source.split("\n", -1);
        boolean inComment = false;
        for (int i = 0; i < lines.length; i++) {
            StringBuilder code = new StringBuilder();
            String line = lines[i];
            int at = 0;
            while (at < line.length()) { // keep the code, drop comments and string contents
                if (inComment) {
                    int end = line.indexOf("*/", at);
                    if (end < 0) {
                        at = line.length();
                    } else {
                        inComment = false;
                        at = end + 2;
                    }
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
            Matcher imp = IMPORT.matcher(code);
            List<String> targets = new ArrayList<>();
            if (imp.find()) {
                targets.add(imp.group(1));
            } else if (!code.toString().strip().startsWith("package ")) {
                Matcher q = QUALIFIED.matcher(code);
                while (q.find()) {
                    targets.add(q.group());
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

    /** Why a file of package {@code from} may not name {@code target}, or null when it may. */
    private static String refused(String from, String target) {
        String to = packageOf(target);
        if (to.equals("dev.moomoo.game") || to.startsWith("dev.moomoo.game.")) {
            int below = LAYERS.indexOf(to);
            if (below < 0) {
                return to + " is not in the game's layers";
            }
            return below >= LAYERS.indexOf(from) ? null : from + " is below " + to;
        }
        if (to.equals("dev.moomoo.protocol")) {
            return CODECS.matcher(target).matches() ? "the protocol's codecs are the gateway's" : null;
        }
        if (to.startsWith("dev.moomoo.")) {
            return "outside the game only the protocol's packets";
        }
        return null; // the JDK and the libraries
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

    private static int lineOf(String source, int offset) {
        return (int) source.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }
}
