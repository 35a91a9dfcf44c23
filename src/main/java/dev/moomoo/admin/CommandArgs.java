package dev.moomoo.admin;

import java.util.Arrays;

/** The words after a command's name, read with messages that say what was expected. */
public final class CommandArgs {
    private final String usage;
    private final String[] words;
    private final String origin;

    CommandArgs(String usage, String[] words, String origin) {
        this.usage = usage;
        this.words = words;
        this.origin = origin;
    }

    /** Who gave the command: {@code console}, or {@code chat} and the admin (a marker says so on the timeline). */
    public String origin() {
        return origin;
    }

    public int size() {
        return words.length;
    }

    public CommandArgs atLeast(int n) {
        if (words.length < n) {
            throw new UsageException("usage: " + usage);
        }
        return this;
    }

    public CommandArgs atMost(int n) {
        if (words.length > n) {
            throw new UsageException("usage: " + usage + " (too many arguments)");
        }
        return this;
    }

    public String word(int i) {
        atLeast(i + 1);
        return words[i];
    }

    /** Words from {@code i} to the end, joined by spaces (a message). */
    public String rest(int i) {
        atLeast(i + 1);
        return String.join(" ", Arrays.copyOfRange(words, i, words.length));
    }

    public long integer(int i, String what, long min, long max) {
        String w = word(i);
        try {
            long v = Long.parseLong(w);
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new UsageException("usage: " + usage + ": " + what + " must be an integer from " + min + " to " + max + ", not '" + w + "'");
    }

    public double number(int i, String what) {
        String w = word(i);
        try {
            double v = Double.parseDouble(w);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new UsageException("usage: " + usage + ": " + what + " must be a number, not '" + w + "'");
    }

    UsageException wrong(String detail) {
        return new UsageException("usage: " + usage + ": " + detail);
    }
}
