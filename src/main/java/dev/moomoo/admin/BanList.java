package dev.moomoo.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Banned IP addresses, kept in a text file (one address a line, {@code #} comments) so bans survive a
 * restart. Read by every accepting thread, written by commands; the file is replaced atomically.
 */
public final class BanList {
    private final Path file;
    private final Set<String> banned = ConcurrentHashMap.newKeySet();

    public BanList(Path file) {
        this.file = file;
        if (file != null && Files.exists(file)) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String s = line.strip();
                    if (!s.isEmpty() && !s.startsWith("#")) {
                        banned.add(s);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read ban file " + file, e);
            }
        }
    }

    public boolean isBanned(InetAddress address) {
        return !banned.isEmpty() && banned.contains(address.getHostAddress());
    }

    public boolean isBanned(String address) {
        return banned.contains(address);
    }

    /** Returns false when it was banned already. */
    public synchronized boolean ban(String address) {
        boolean added = banned.add(address);
        if (added) {
            save();
        }
        return added;
    }

    /** Returns false when it was not banned. */
    public synchronized boolean unban(String address) {
        boolean removed = banned.remove(address);
        if (removed) {
            save();
        }
        return removed;
    }

    public List<String> addresses() {
        return new ArrayList<>(new TreeSet<>(banned));
    }

    private void save() {
        if (file == null) {
            return;
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
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write ban file " + file, e);
        }
    }
}
