package dev.moomoo.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the server keeps what must outlive a restart (the ban file): the {@code state-dir} setting,
 * else {@code $XDG_STATE_HOME/moomoo-server}, else {@code ~/.local/state/moomoo-server}. The container
 * sets {@code MOOMOO_STATE_DIR=/var/lib/moomoo-server}, a directory its user 10001 owns. Nothing is
 * written into the working directory.
 */
public final class StateDirectory {
    private StateDirectory() {
    }

    public static Path resolve(String setting, Map<String, String> env) {
        if (!setting.isEmpty()) {
            return Path.of(setting);
        }
        String xdg = env.get("XDG_STATE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "moomoo-server");
        }
        String home = env.getOrDefault("HOME", System.getProperty("user.home", ""));
        if (home == null || home.isBlank() || home.equals("?")) {
            home = System.getProperty("java.io.tmpdir");
        }
        return Path.of(home, ".local", "state", "moomoo-server");
    }

    /** A relative ban file lives in the state directory; an absolute one where it says; empty: no file. */
    public static Path file(Path stateDir, String setting) {
        if (setting.isEmpty()) {
            return null;
        }
        Path p = Path.of(setting);
        return p.isAbsolute() ? p : stateDir.resolve(p);
    }
}
