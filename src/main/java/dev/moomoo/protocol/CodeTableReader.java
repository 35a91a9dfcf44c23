package dev.moomoo.protocol;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the code tables of every profile from one tab-separated file ({@code codes.tsv}): after
 * comment lines ({@code #}), a header {@code direction kind <profile>...}, then one row per packet:
 * its direction ({@code client} or {@code server}), its name in {@link ClientKind} or {@link ServerKind}
 * and its code in each profile, or {@value #NONE} for a packet the profile does not have. Everything
 * is checked at start, and a fault names the file and line:
 * a row of the wrong width, an unknown direction or packet, a packet given twice, an empty code, a
 * code used twice in one direction of one profile, and (naming the file) a packet without a row.
 */
final class CodeTableReader {
    /** The cell of a packet a profile does not have (the v1.9 client's new packets, in the older profiles). */
    static final String NONE = "-";

    private final String file;
    private String[] header;
    private final Map<String, CodeTable> tables = new LinkedHashMap<>();
    private final Rows<ClientKind> clientRows = new Rows<>("client", ClientKind.class, t -> t.client);
    private final Rows<ServerKind> serverRows = new Rows<>("server", ServerKind.class, t -> t.server);

    private CodeTableReader(String file) {
        this.file = file;
    }

    /** The tables of {@code codes.tsv} beside this class, by profile. */
    static Map<String, CodeTable> fromClassPath() {
        String name = "codes.tsv";
        try (InputStream in = CodeTableReader.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " missing from the class path");
            }
            return read(name, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The tables of the file {@code file} (its name, for errors), by profile in the header's order.
     *
     * @throws IllegalStateException naming the file and line of the first fault
     */
    static Map<String, CodeTable> read(String file, Reader in) {
        CodeTableReader reader = new CodeTableReader(file);
        List<String> lines = new BufferedReader(in).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.isBlank() && !line.startsWith("#")) {
                reader.line(i + 1, line.split("\t", -1));
            }
        }
        reader.checkComplete();
        return Map.copyOf(reader.tables);
    }

    private void line(int n, String[] fields) {
        if (header == null) {
            header(n, fields);
            return;
        }
        if (fields.length != header.length) {
            throw fault(n, fields.length + " fields where the header has " + header.length);
        }
        switch (fields[0]) {
            case "client" -> clientRows.row(n, fields);
            case "server" -> serverRows.row(n, fields);
            default -> throw fault(n, "direction '" + fields[0] + "', expected client or server");
        }
    }

    private void header(int n, String[] fields) {
        if (fields.length < 3 || !fields[0].equals("direction") || !fields[1].equals("kind")) {
            throw fault(n, "the header must be direction, kind, then one column per profile; got " + Arrays.toString(fields));
        }
        header = fields;
        for (int c = 2; c < fields.length; c++) {
            if (fields[c].isBlank() || tables.putIfAbsent(fields[c], new CodeTable(fields[c])) != null) {
                throw fault(n, "profile column '" + fields[c] + "' is empty or named twice");
            }
        }
    }

    private void checkComplete() {
        if (header == null) {
            throw new IllegalStateException(file + ": no header line (direction, kind, then one column per profile)");
        }
        clientRows.checkComplete();
        serverRows.checkComplete();
    }

    private IllegalStateException fault(int line, String what) {
        return new IllegalStateException(file + " line " + line + ": " + what);
    }

    /** The rows of one direction: where each packet's row is, and its codes in every profile. */
    private final class Rows<K extends Enum<K>> {
        private final String direction;
        private final Class<K> kinds;
        private final Function<CodeTable, CodeTable.Codes<K>> codes;
        private final Map<K, Integer> lineOf;

        Rows(String direction, Class<K> kinds, Function<CodeTable, CodeTable.Codes<K>> codes) {
            this.direction = direction;
            this.kinds = kinds;
            this.codes = codes;
            this.lineOf = new EnumMap<>(kinds);
        }

        void row(int n, String[] fields) {
            K kind = kind(n, fields[1]);
            Integer before = lineOf.putIfAbsent(kind, n);
            if (before != null) {
                throw fault(n, direction + " packet " + kind + " already has its row on line " + before);
            }
            for (int c = 2; c < fields.length; c++) {
                String code = fields[c];
                if (code.isBlank()) {
                    throw fault(n, "no " + header[c] + " code for " + direction + " packet " + kind);
                }
                if (code.equals(NONE)) {
                    continue;
                }
                CodeTable.Codes<K> table = codes.apply(tables.get(header[c]));
                K other = table.kindOf.putIfAbsent(code, kind);
                if (other != null) {
                    throw fault(n, header[c] + " " + direction + " code '" + code + "' is already " + other + "'s, on line " + lineOf.get(other));
                }
                table.codeOf.put(kind, code);
            }
        }

        private K kind(int n, String name) {
            for (K k : kinds.getEnumConstants()) {
                if (k.name().equals(name)) {
                    return k;
                }
            }
            throw fault(n, "no " + direction + " packet named '" + name + "'");
        }

        void checkComplete() {
            for (K k : kinds.getEnumConstants()) {
                if (!lineOf.containsKey(k)) {
                    throw new IllegalStateException(file + ": no row for " + direction + " packet " + k);
                }
            }
        }
    }
}
