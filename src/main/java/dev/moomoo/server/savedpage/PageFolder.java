package dev.moomoo.server.savedpage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A folder of the saved page, read as the web serves it: a file is found only inside the folder, by a
 * path of plain names. The request's path is taken as it is: a {@code %}-escape of any kind, a
 * backslash, a name starting with a dot (so {@code ..} and hidden files), an empty name ({@code //}),
 * or a path that ends up outside the folder once links are followed, finds nothing. Files are only
 * read (opened read-only), never written. Any thread.
 */
final class PageFolder {
    /** One name of a path: letters, digits, {@code _ - . ~}, not starting with a dot. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_~-][A-Za-z0-9_.~-]{0,127}");
    private static final int MOST_NAMES = 8;
    /** A served file's size at most: the page's images and sounds are far smaller. */
    static final long LARGEST_FILE = 32L << 20;

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"), Map.entry("svg", "image/svg+xml"), Map.entry("ico", "image/x-icon"),
            Map.entry("mp3", "audio/mpeg"), Map.entry("ogg", "audio/ogg"), Map.entry("wav", "audio/wav"),
            Map.entry("woff", "font/woff"), Map.entry("woff2", "font/woff2"), Map.entry("ttf", "font/ttf"));

    private final Path root;

    /** {@code root} as it really is (links followed): what every file must lie inside. */
    PageFolder(Path root) throws IOException {
        this.root = root.toRealPath();
    }

    Path root() {
        return root;
    }

    /** The file a request's path (relative: {@code img/hats/hat_7.png}) names inside the folder, or null. */
    byte[] read(String relative) {
        Path file = find(relative);
        if (file == null) {
            return null;
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            return null; // gone or unreadable since it was found: as if it were not there
        }
    }

    /** The regular file {@code relative} names inside the folder, links followed, or null. */
    Path find(String relative) {
        String[] names = relative.split("/", -1);
        if (relative.length() > 300 || names.length > MOST_NAMES) {
            return null;
        }
        for (String name : names) {
            if (!NAME.matcher(name).matches() || name.contains("..")) {
                return null;
            }
        }
        try {
            Path real = root.resolve(relative).toRealPath();
            if (!real.startsWith(root) || !Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS) || !Files.isReadable(real)
                    || Files.size(real) > LARGEST_FILE) {
                return null;
            }
            return real;
        } catch (IOException e) {
            return null;
        }
    }

    /** The content type of a file by its extension. */
    static String contentType(String name) {
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }
}
