package dev.moomoo.game.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * A spawn's name as the original cleans it (src/site/rules.md#names): its first 15 characters, each run
 * of anything but ASCII letters, digits, {@code _ : ( ) / ? -} and space made one space, the ends
 * trimmed; empty, or holding a word of the client's own bad-word list, it is "unknown".
 */
final class PlayerNames {
    static final int MAX_CHARS = 15;
    static final String UNKNOWN = "unknown";
    /** The client's bad-word list, a resource beside the game's tables. */
    private static final String BAD_WORDS = "/dev/moomoo/game/bad-words.txt";

    private final List<String> badWords;

    private PlayerNames(List<String> badWords) {
        this.badWords = badWords;
    }

    /** The cleaning with the bad-word list of the resources. */
    static PlayerNames load() {
        try (InputStream in = PlayerNames.class.getResourceAsStream(BAD_WORDS)) {
            if (in == null) {
                throw new IllegalStateException(BAD_WORDS + ": not found on the class path");
            }
            List<String> words = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
            return new PlayerNames(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name a spawn asking for {@code raw} is shown under. */
    String clean(String raw) {
        String cut = raw.length() > MAX_CHARS ? raw.substring(0, MAX_CHARS) : raw; // UTF-16 units, as the client's slice
        StringBuilder kept = new StringBuilder(cut.length());
        boolean inRun = false;
        for (int i = 0; i < cut.length(); i++) {
            char c = cut.charAt(i);
            if (allowed(c)) {
                kept.append(c);
                inRun = false;
            } else if (!inRun) {
                kept.append(' ');
                inRun = true;
            }
        }
        String name = kept.toString().strip();
        return name.isEmpty() || offends(name) ? UNKNOWN : name;
    }

    private static boolean allowed(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "_:()/?- ".indexOf(c) >= 0;
    }

    /** Whether the name, lower-cased, without spaces, with 1, 0 and 5 read as i, o and s, holds a bad word. */
    private boolean offends(String name) {
        String key = name.toLowerCase(Locale.ROOT).replace(" ", "").replace('1', 'i').replace('0', 'o').replace('5', 's');
        for (String word : badWords) {
            if (key.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
