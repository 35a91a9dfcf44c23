package dev.moomoo.protocol.keyed;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the current {@link BuildModule} is kept, so that a restart keeps open pages valid: a small
 * text file of {@code name = value} lines, in a directory the caller chooses (the state directory).
 * Every problem with it is one line naming the file (and the line). Its values are not secret: the
 * module serves them to every page.
 *
 * <pre>
 * build-id = k3v9q0x2mz
 * build-salt = 5a17c0de
 * mixer-secret = 64 hex digits (8 words, big-endian)
 * </pre>
 */
public final class BuildModuleFile {
    private static final String ID = "build-id";
    private static final String SALT = "build-salt";
    private static final String SECRET = "mixer-secret";
    private static final List<String> NAMES = List.of(ID, SALT, SECRET);
    private static final HexFormat HEX = HexFormat.of();

    private final Path path;

    public BuildModuleFile(Path path) {
        this.path = path;
    }

    public Path path() {
        return path;
    }

    /** The build the file holds, if there is a file; else a new one, written to it. */
    public BuildModule loadOrCreate(SecureRandom random) throws IOException {
        if (Files.exists(path)) {
            return load();
        }
        return roll(random);
    }

    /** A new build, written over the old: pages of the old one are told to reload. */
    public BuildModule roll(SecureRandom random) throws IOException {
        BuildModule build = BuildModule.generate(random);
        save(build);
        return build;
    }

    /** The build the file holds. */
    public BuildModule load() throws IOException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(path))).toString();
        } catch (NoSuchFileException e) {
            throw failure("not found");
        } catch (CharacterCodingException e) {
            throw failure("not a text file");
        } catch (IOException e) {
            throw failure("cannot be read (" + e.getMessage() + ")");
        }
        Map<String, String> values = new LinkedHashMap<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            String name = eq < 0 ? line : line.substring(0, eq).strip();
            if (eq < 0 || !NAMES.contains(name)) {
                throw failure("line " + (i + 1) + ": expected one of " + String.join(", ", NAMES) + " = value, found '" + cut(line) + "'");
            }
            if (values.put(name, line.substring(eq + 1).strip()) != null) {
                throw failure("line " + (i + 1) + ": " + name + " a second time");
            }
        }
        for (String name : NAMES) {
            if (!values.containsKey(name)) {
                throw failure("no " + name + " line");
            }
        }
        String id = values.get(ID);
        if (!BuildModule.ID.matcher(id).matches()) {
            throw failure(ID + " '" + cut(id) + "': expected 4 to 32 of 0-9 and a-z");
        }
        return new BuildModule(id, (int) hexNumber(SALT, values.get(SALT)), new KeyMixer(secretWords(values.get(SECRET))));
    }

    private long hexNumber(String name, String value) throws IOException {
        if (!value.matches("[0-9a-fA-F]{8}")) {
            throw failure(name + " '" + cut(value) + "': expected 8 hex digits");
        }
        return Long.parseLong(value, 16);
    }

    private int[] secretWords(String value) throws IOException {
        int[] words = new int[KeyMixer.SECRET_WORDS];
        if (!value.matches("[0-9a-fA-F]{" + 8 * words.length + "}")) {
            throw failure(SECRET + ": expected " + 8 * words.length + " hex digits");
        }
        for (int i = 0; i < words.length; i++) {
            words[i] = (int) hexNumber(SECRET, value.substring(8 * i, 8 * i + 8));
        }
        return words;
    }

    /** Writes {@code build} to the file, whole or not at all (a new file moved over the old), creating its directory. */
    public void save(BuildModule build) throws IOException {
        StringBuilder secret = new StringBuilder();
        for (int word : build.mixer().secret()) {
            secret.append(HEX.toHexDigits(word));
        }
        String text = """
                # The build module this server serves as moomoo-protocol (src/site/keyed-protocol.md, "The build module").
                # Kept so that a restart keeps open pages valid; rolling it makes a new build. Not secret: every page gets it.
                %s = %s
                %s = %s
                %s = %s
                """.formatted(ID, build.buildId(), SALT, HEX.toHexDigits(build.buildSalt()), SECRET, secret);
        try {
            Path dir = path.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "build-module", ".tmp");
            try {
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw failure("cannot be written (" + e + ")");
        }
    }

    private IOException failure(String what) {
        return new IOException("build module file " + path + ": " + what);
    }

    private static String cut(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }

    @Override
    public String toString() {
        return "build module file " + path;
    }
}
