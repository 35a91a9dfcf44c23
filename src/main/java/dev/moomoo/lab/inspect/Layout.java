package dev.moomoo.lab.inspect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the msgpack arguments of one packet are named: the positional arguments of its handler, the
 * flat lists that hold rows of values, and lists of like values. The page applies the same layout to
 * its own reading of the bytes ({@link #json}), so that a field it shows can point at its bytes.
 */
sealed interface Layout {

    /** A value shown as it is: a number, a string, a flag, nil, or a map (which names its own fields). */
    record Value() implements Layout {
    }

    /** A list whose elements are named by position; elements past the names are named {@code #<index>}. */
    record Tuple(List<String> names, List<Layout> parts) implements Layout {
        public Tuple {
            if (names.size() != parts.size()) {
                throw new IllegalArgumentException("a name for every part");
            }
        }
    }

    /** One flat list of rows, {@code names.size()} values each (src/site/protocol.md, "Frames and messages"). */
    record Rows(List<String> names) implements Layout {
    }

    Value VALUE = new Value();

    /** A tuple of plain values. */
    static Tuple args(String... names) {
        return new Tuple(List.of(names), List.of(names).stream().map(n -> (Layout) VALUE).toList());
    }

    /** Flat rows of {@code names}. */
    static Rows rows(String... names) {
        return new Rows(List.of(names));
    }

    /** {@code value} with the names of {@code layout}; a value that does not fit the layout is left as it is. */
    static Object named(Layout layout, Object value) {
        return switch (layout) {
            case Value v -> value;
            case Tuple t when value instanceof List<?> list -> {
                Map<String, Object> out = new LinkedHashMap<>();
                for (int i = 0; i < list.size(); i++) {
                    out.put(i < t.names().size() ? t.names().get(i) : "#" + i, named(i < t.parts().size() ? t.parts().get(i) : VALUE, list.get(i)));
                }
                yield out;
            }
            case Rows r when value instanceof List<?> list -> {
                List<Object> rows = new ArrayList<>();
                int stride = r.names().size();
                for (int at = 0; at < list.size(); at += stride) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 0; i < stride && at + i < list.size(); i++) {
                        row.put(r.names().get(i), list.get(at + i));
                    }
                    rows.add(row);
                }
                yield rows;
            }
            case Tuple t -> value;
            case Rows r -> value;
        };
    }

    /**
     * The layout as the page reads it: {@code 0} for a value, {@code {"tuple": [[name, layout], ...]}},
     * {@code {"rows": [name, ...]}}.
     */
    static Object json(Layout layout) {
        return switch (layout) {
            case Value v -> 0;
            case Tuple t -> {
                List<Object> parts = new ArrayList<>();
                for (int i = 0; i < t.names().size(); i++) {
                    parts.add(List.of(t.names().get(i), json(t.parts().get(i))));
                }
                yield Map.of("tuple", parts);
            }
            case Rows r -> Map.of("rows", r.names());
        };
    }
}
