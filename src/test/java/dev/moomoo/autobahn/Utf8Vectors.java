package dev.moomoo.autobahn;

import dev.moomoo.autobahn.AutobahnCases.Vector;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The UTF-8 vectors of cases 6.5 to 6.23, category by category (from Markus Kuhn's UTF-8 decoder
 * test file, as the suite groups them), each marked valid or not.
 */
final class Utf8Vectors {
    private Utf8Vectors() {
    }

    private static Vector ok(String hex) {
        return new Vector(true, HexFormat.of().parseHex(hex));
    }

    private static Vector bad(String hex) {
        return new Vector(false, HexFormat.of().parseHex(hex));
    }

    private static final String KOSME = "cebae1bdb9cf83cebcceb5";

    static final List<List<Vector>> CATEGORIES = build();

    private static List<List<Vector>> build() {
        List<List<Vector>> all = new ArrayList<>();
        // 6.5 some valid sequences
        all.add(List.of(ok("68656c6c6f24776f726c64"), ok("68656c6c6fc2a2776f726c64"), ok("68656c6c6fe282ac776f726c64"),
                ok("68656c6c6ff0a4ada2776f726c64"), ok(KOSME)));
        // 6.6 every prefix of κόσμε: valid exactly where a character ends
        List<Vector> prefixes = new ArrayList<>();
        boolean[] endsCharacter = {false, true, false, false, true, false, true, false, true, false, true};
        for (int i = 1; i <= 11; i++) {
            prefixes.add(new Vector(endsCharacter[i - 1], HexFormat.of().parseHex(KOSME.substring(0, 2 * i))));
        }
        all.add(prefixes);
        // 6.7 first possible sequence of each length; 6.8 of lengths 5 and 6
        all.add(List.of(ok("00"), ok("c280"), ok("e0a080"), ok("f0908080")));
        all.add(List.of(bad("f888808080"), bad("fc8480808080")));
        // 6.9 last possible sequence of each length; 6.10 lengths 4 (beyond U+10FFFF), 5, 6
        all.add(List.of(ok("7f"), ok("dfbf"), ok("efbfbf"), ok("f48fbfbf")));
        all.add(List.of(bad("f7bfbfbf"), bad("fbbfbfbfbf"), bad("fdbfbfbfbfbf")));
        // 6.11 other boundary conditions
        all.add(List.of(ok("ed9fbf"), ok("ee8080"), ok("efbfbd"), ok("f48fbfbf"), bad("f4908080")));
        // 6.12 unexpected continuation bytes
        StringBuilder continuations = new StringBuilder();
        for (int b = 0x80; b < 0xBF; b++) {
            continuations.append(String.format("%02x", b));
        }
        all.add(List.of(bad("80"), bad("bf"), bad("80bf"), bad("80bf80"), bad("80bf80bf"), bad("80bf80bf80"),
                bad("80bf80bf80bf"), bad(continuations.toString())));
        // 6.13 lonely start characters, each followed by a space
        List<Vector> lonely = new ArrayList<>();
        int[][] ranges = {{0xC0, 0xDF}, {0xE0, 0xEF}, {0xF0, 0xF7}, {0xF8, 0xFB}, {0xFC, 0xFD}};
        for (int[] r : ranges) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int b = r[0]; b < r[1]; b++) {
                out.write(b);
                out.write(0x20);
            }
            lonely.add(new Vector(false, out.toByteArray()));
        }
        all.add(lonely);
        // 6.14 sequences with the last continuation byte missing; 6.15 all of them concatenated
        String[] truncated = {"c0", "e080", "f08080", "f8808080", "fc80808080", "df", "efbf", "f7bfbf", "fbbfbfbf", "fdbfbfbfbf"};
        List<Vector> missing = new ArrayList<>();
        for (String t : truncated) {
            missing.add(bad(t));
        }
        all.add(missing);
        all.add(List.of(bad(String.join("", truncated))));
        // 6.16 impossible bytes
        all.add(List.of(bad("fe"), bad("ff"), bad("fefeffff")));
        // 6.17 overlong '/'; 6.18 maximum overlong sequences; 6.19 overlong NUL
        all.add(List.of(bad("c0af"), bad("e080af"), bad("f08080af"), bad("f8808080af"), bad("fc80808080af")));
        all.add(List.of(bad("c1bf"), bad("e09fbf"), bad("f08fbfbf"), bad("f887bfbfbf"), bad("fc83bfbfbfbf")));
        all.add(List.of(bad("c080"), bad("e08080"), bad("f0808080"), bad("f880808080"), bad("fc8080808080")));
        // 6.20 single UTF-16 surrogates; 6.21 paired surrogates
        all.add(List.of(bad("eda080"), bad("edadbf"), bad("edae80"), bad("edafbf"), bad("edb080"), bad("edbe80"), bad("edbfbf")));
        all.add(List.of(bad("eda080edb080"), bad("eda080edbfbf"), bad("edadbfedb080"), bad("edadbfedbfbf"),
                bad("edae80edb080"), bad("edae80edbfbf"), bad("edafbfedb080"), bad("edafbfedbfbf")));
        // 6.22 noncharacters: valid UTF-8
        List<Vector> nonCharacters = new ArrayList<>(List.of(ok("efbfbe"), ok("efbfbf")));
        for (String z1 : List.of("f0", "f1", "f2", "f3", "f4")) {
            for (String z2 : List.of("8f", "9f", "af", "bf")) {
                if (z1.equals("f4") && !z2.equals("8f")) {
                    continue; // above U+10FFFF
                }
                for (String z3 : List.of("be", "bf")) {
                    String seq = z1 + z2 + "bf" + z3;
                    if (!seq.startsWith("f08f")) { // overlong
                        nonCharacters.add(ok(seq));
                    }
                }
            }
        }
        all.add(nonCharacters);
        // 6.23 Unicode specials
        all.add(List.of(ok("efbfb9"), ok("efbfba"), ok("efbfbb"), ok("efbfbc"), ok("efbfbd"), ok("efbfbe"), ok("efbfbf")));
        return all;
    }
}
