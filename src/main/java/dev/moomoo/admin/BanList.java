package dev.moomoo.admin;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.tinylog.Logger;

/**
 * Banned IP addresses, kept in a text file (one address a line, {@code #} comments) so bans survive a
 * restart. Read by every accepting thread, written by commands; the file is replaced atomically.
 */
public final class BanList {
    /** What a ban or unban did: whether it changed the list, and why it could not be saved (null: saved or no file). */
    public record Change(boolean changed, String notSaved) {
    }

    private final Path file;
    private final Set<String> banned = ConcurrentHashMap.newKeySet();

    /**
     * The bans in {@code file} (null: none, and none kept). A missing file is an empty list; its
     * directory is made at the first ban.
     *
     * @throws IOException when the file exists but cannot be read
     */
    public BanList(Path file) throws IOException {
        this.file = file;
        if (file != null && Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    banned.add(s);
                }
            }
        }
    }

    /** The file the bans are kept in, or null. */
    public Path file() {
        return file;
    }

    public boolean isBanned(InetAddress address) {
        return !banned.isEmpty() && banned.contains(address.getHostAddress());
    }

    public boolean isBanned(String address) {
        return banned.contains(address);
    }

    /** Bans {@code address}; it holds even when the file cannot be written (until the server stops). */
    public synchronized Change ban(String address) {
        boolean added = banned.add(address);
        return new Change(added, added ? save() : null);
    }

    public synchronized Change unban(String address) {
        boolean removed = banned.remove(address);
        return new Change(removed, removed ? save() : null);
    }

    public List<String> addresses() {
        return new ArrayList<>(new TreeSet<>(banned));
    }

    /** Writes the file; returns null, or why it could not. */
    private String save() {
        if (file == null) {
            return null;
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path tmp = Files.createTempFile(parent, "bans", ".tmp");
            List<String> lines = new ArrayList<>();
            lines.add("# IP addresses banned from this server, one a line (written by the ban and unban commands)");
            lines.addAll(new TreeSet<>(banned));
            Files.write(tmp, lines, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return null;
        } catch (IOException e) {
            String why = e instanceof AccessDeniedException ? "permission denied: " + e.getMessage() : e.toString();
            Logger.warn("cannot write ban file {}: {}", file, why);
            return "cannot write " + file + " (" + why + "), so it lasts until the server stops";
        }
    }
}
