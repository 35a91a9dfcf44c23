package dev.moomoo.protocol;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The packet codes of one protocol profile, one table per direction (the same code means different
 * things per direction): one column of {@code codes.tsv}, read and checked by {@link CodeTableReader}.
 * Immutable once read, and shared by every connection.
 */
public final class CodeTable {
    private final String profile;
    final Codes<ClientKind> client = new Codes<>(ClientKind.class);
    final Codes<ServerKind> server = new Codes<>(ServerKind.class);

    CodeTable(String profile) {
        this.profile = profile;
    }

    /** The name of the profile, the column's name in {@code codes.tsv}. */
    public String profile() {
        return profile;
    }

    /** The kind a client's code stands for, or null when the code is unknown. */
    public ClientKind clientKind(String code) {
        return client.kindOf.get(code);
    }

    /** The code of {@code kind}, or null when this profile has no such packet. */
    public String clientCode(ClientKind kind) {
        return client.codeOf.get(kind);
    }

    /** Whether this profile's clients send packets of {@code kind}. */
    public boolean has(ClientKind kind) {
        return client.codeOf.containsKey(kind);
    }

    /** The kind a server code stands for, or null when unknown (for clients of this server: tests, load generator). */
    public ServerKind serverKind(String code) {
        return server.kindOf.get(code);
    }

    /** The code of {@code kind}, or null when this profile has no such packet. */
    public String serverCode(ServerKind kind) {
        return server.codeOf.get(kind);
    }

    /** Whether this profile's clients are sent packets of {@code kind}: a connection is never sent one its profile lacks. */
    public boolean has(ServerKind kind) {
        return server.codeOf.containsKey(kind);
    }

    @Override
    public String toString() {
        return "codes of " + profile;
    }

    /** One direction's codes, both ways. */
    static final class Codes<K extends Enum<K>> {
        final EnumMap<K, String> codeOf;
        final Map<String, K> kindOf = new HashMap<>();

        private Codes(Class<K> kinds) {
            codeOf = new EnumMap<>(kinds);
        }
    }
}
