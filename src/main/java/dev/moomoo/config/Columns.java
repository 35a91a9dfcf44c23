package dev.moomoo.config;

import java.util.List;

/**
 * Two-column help text (a name, then what it does) that stays readable whatever the names: the
 * text column starts after the longest name up to {@link #MAX_NAME}, a longer name gets a line of
 * its own, and the text wraps at {@link #WIDTH} with a hanging indent.
 */
public final class Columns {
    static final int MAX_NAME = 28;
    static final int WIDTH = 100;

    private Columns() {
    }

    /** The rows ({@code {name, text}}) as lines, each starting with {@code indent} spaces. */
    public static String format(List<String[]> rows, int indent) {
        int nameWidth = 0;
        for (String[] r : rows) {
            if (r[0].length() <= MAX_NAME) {
                nameWidth = Math.max(nameWidth, r[0].length());
            }
        }
        String pad = " ".repeat(indent);
        String textIndent = " ".repeat(indent + nameWidth + 2);
        StringBuilder out = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder(pad).append(r[0]);
            if (r[0].length() > nameWidth) {
                out.append(line).append('\n');
                line = new StringBuilder(textIndent);
            } else {
                line.append(" ".repeat(nameWidth - r[0].length() + 2));
            }
            for (String word : r[1].split(" ")) {
                if (line.length() > textIndent.length() && line.length() + 1 + word.length() > WIDTH) {
                    out.append(line.toString().stripTrailing()).append('\n');
                    line = new StringBuilder(textIndent);
                }
                if (line.length() > textIndent.length() && line.charAt(line.length() - 1) != ' ') {
                    line.append(' ');
                }
                line.append(word);
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
