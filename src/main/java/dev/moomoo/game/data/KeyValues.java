package dev.moomoo.game.data;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code key=value} pairs of one table cell (an item's behaviour, a hat's effects, an animal's
 * traits), each to be read once: a key given twice, a value that is not a number, or a key nothing
 * reads is an error in words, to which the table adds file, line and column.
 */
final class KeyValues {
    private final String owner;
    private final Map<String, String> values;
    private final Set<String> used = new TreeSet<>();

    private KeyValues(String owner, Map<String, String> values) {
        this.owner = owner;
        this.values = values;
    }

    /** Reads {@code pairs}, separated by spaces; {@code -} or nothing is no pairs. {@code owner} names them in errors. */
    static KeyValues parse(String owner, String pairs) {
        Map<String, String> values = new HashMap<>();
        String text = pairs.strip();
        if (!text.isEmpty() && !text.equals("-")) {
            for (String word : text.split(" +")) {
                int eq = word.indexOf('=');
                if (eq <= 0 || values.put(word.substring(0, eq), word.substring(eq + 1)) != null) {
                    throw new IllegalArgumentException("'" + word + "' is not a single key=value");
                }
            }
        }
        return new KeyValues(owner, values);
    }

    /** A required number of at least 0. */
    double number(String key) {
        double d = signed(key);
        if (d < 0) {
            throw new IllegalArgumentException(key + "='" + values.get(key) + "' is not a number of at least 0");
        }
        return d;
    }

    /** A required number of either sign. */
    double signed(String key) {
        String v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException(owner + " needs " + key + "=");
        }
        used.add(key);
        try {
            double d = Double.parseDouble(v);
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + "='" + v + "' is not a number");
        }
    }

    double numberOr(String key, double absent) {
        return values.containsKey(key) ? number(key) : absent;
    }

    double signedOr(String key, double absent) {
        return values.containsKey(key) ? signed(key) : absent;
    }

    /** A multiplier: above 0, 1 when absent. */
    double factorOr(String key) {
        double d = numberOr(key, 1);
        if (d <= 0) {
            throw new IllegalArgumentException(key + " must be above 0");
        }
        return d;
    }

    boolean flag(String key) {
        double d = number(key);
        if (d != 0 && d != 1) {
            throw new IllegalArgumentException(key + " must be 0 or 1");
        }
        return d == 1;
    }

    boolean flagOr(String key) {
        return values.containsKey(key) && flag(key);
    }

    void requireAllUsed() {
        Set<String> extra = new TreeSet<>(values.keySet());
        extra.removeAll(used);
        if (!extra.isEmpty()) {
            throw new IllegalArgumentException(owner + " takes no " + String.join(", ", extra));
        }
    }
}
