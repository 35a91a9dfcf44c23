package dev.moomoo.protocol;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The packet codes of one era, one table per direction, read from {@code codes.tsv}. Immutable and
 * shared by every connection.
 */
public final class CodeTable {
    /** Era 2 (November 2023 on), what the current client speaks. */
    public static final CodeTable ERA_2 = load(2);
    /** Era 1 (2018 to October 2023), the codes of the Python prototype this project grew from. */
    public static final CodeTable ERA_1 = load(1);

    private final int era;
    private final Map<String, ClientKind> clientByCode = new HashMap<>();
    private final EnumMap<ClientKind, String> clientCodes = new EnumMap<>(ClientKind.class);
    private final Map<String, ServerKind> serverByCode = new HashMap<>();
    private final EnumMap<ServerKind, String> serverCodes = new EnumMap<>(ServerKind.class);

    private CodeTable(int era) {
        this.era = era;
    }

    public static CodeTable forEra(int era) {
        return switch (era) {
            case 1 -> ERA_1;
            case 2 -> ERA_2;
            default -> throw new IllegalArgumentException("no code table for era " + era);
        };
    }

    public int era() {
        return era;
    }

    /** The kind a client's code stands for, or null when the code is unknown. */
    public ClientKind clientKind(String code) {
        return clientByCode.get(code);
    }

    public String clientCode(ClientKind kind) {
        return clientCodes.get(kind);
    }

    /** The kind a server code stands for, or null when unknown (for clients of this server: tests, load generator). */
    public ServerKind serverKind(String code) {
        return serverByCode.get(code);
    }

    public String serverCode(ServerKind kind) {
        return serverCodes.get(kind);
    }

    private static CodeTable load(int era) {
        CodeTable table = new CodeTable(era);
        try (InputStream in = CodeTable.class.getResourceAsStream("codes.tsv")) {
            if (in == null) {
                throw new IllegalStateException("codes.tsv missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                String code = f[era == 1 ? 2 : 3];
                switch (f[0].toLowerCase(Locale.ROOT)) {
                    case "client" -> {
                        ClientKind k = ClientKind.valueOf(f[1]);
                        table.clientCodes.put(k, code);
                        table.clientByCode.put(code, k);
                    }
                    case "server" -> {
                        ServerKind k = ServerKind.valueOf(f[1]);
                        table.serverCodes.put(k, code);
                        table.serverByCode.put(code, k);
                    }
                    default -> throw new IllegalStateException("codes.tsv: bad direction in: " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (table.clientCodes.size() != ClientKind.values().length || table.serverCodes.size() != ServerKind.values().length
                || table.clientByCode.size() != table.clientCodes.size() || table.serverByCode.size() != table.serverCodes.size()) {
            throw new IllegalStateException("codes.tsv: era " + era + " must give every kind exactly one distinct code");
        }
        return table;
    }
}
