package dev.moomoo.config;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A settings file: UTF-8 text, one {@code name = value} (or {@code name: value}) per line, {@code #}
 * or {@code !} comment lines, blank lines. Read here rather than with {@link java.util.Properties},
 * so that every problem names the file and the line: a missing or unreadable file, a binary file, a
 * line that is not a setting, and every unknown name at once.
 */
public final class PropertiesFile {
    /** One setting line: its name, value and line number. */
    public record Entry(String name, String value, int line) {
    }

    private PropertiesFile() {
    }

    /** The file's setting lines in file order (when a name repeats, the later line is meant to win). */
    public static List<Entry> read(Path path) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new ConfigException("config file " + path + ": not found");
        } catch (AccessDeniedException e) {
            throw new ConfigException("config file " + path + ": permission denied");
        } catch (IOException e) {
            throw new ConfigException("config file " + path + ": cannot be read (" + e.getMessage() + ")");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ConfigException("config file " + path + ": not a text file (not valid UTF-8)");
        }
        if (text.indexOf('\0') >= 0) {
            throw new ConfigException("config file " + path + ": not a text file (it contains NUL bytes)");
        }
        List<Entry> entries = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        String[] lines = text.split("\r\n|\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            int sep = separator(line);
            if (sep <= 0) {
                bad.add("line " + (i + 1) + " '" + cut(line) + "'");
                continue;
            }
            String name = line.substring(0, sep).strip();
            String value = line.substring(sep + 1).strip();
            entries.add(new Entry(name, value, i + 1));
        }
        if (!bad.isEmpty()) {
            throw new ConfigException("config file " + path + ": not a name = value setting: " + String.join(", ", bad));
        }
        return entries;
    }

    /** The first '=' or ':', else the first white space after the name; -1 when there is none. */
    private static int separator(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '=' || c == ':' || Character.isWhitespace(c)) {
                // "name value" is allowed too, but "name   = value" must split at '='
                if (Character.isWhitespace(c)) {
                    String rest = line.substring(i).stripLeading();
                    if (!rest.isEmpty() && (rest.charAt(0) == '=' || rest.charAt(0) == ':')) {
                        return line.indexOf(rest.charAt(0), i);
                    }
                }
                return i;
            }
        }
        return -1;
    }

    private static String cut(String line) {
        return line.length() > 40 ? line.substring(0, 40) + "..." : line;
    }
}
