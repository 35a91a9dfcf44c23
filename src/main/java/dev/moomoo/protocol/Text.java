package dev.moomoo.protocol;

/** Making player-supplied text safe to show. */
public final class Text {
    private Text() {
    }

    /**
     * One line of at most {@code maxChars} characters: control and format characters (including bidi
     * overrides and zero-width characters) removed, runs of white space made one space, ends trimmed.
     */
    public static String sanitizeLine(String text, int maxChars) {
        StringBuilder sb = new StringBuilder(Math.min(text.length(), maxChars));
        int count = 0;
        boolean space = false;
        for (int i = 0; i < text.length() && count < maxChars; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = sb.length() > 0;
                continue;
            }
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                    || type == Character.PRIVATE_USE || type == Character.SURROGATE || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                continue;
            }
            if (space) {
                sb.append(' ');
                count++;
                space = false;
                if (count >= maxChars) {
                    break;
                }
            }
            sb.appendCodePoint(cp);
            count++;
        }
        return sb.toString();
    }

    /**
     * A peer's string as it may appear inside an error message or a log line: in single quotes, at
     * most {@code maxChars} of it, every character outside printable ASCII (and the quote and
     * backslash themselves) written as a {@code \\uXXXX} escape, so it can never break the line.
     */
    public static String quote(String raw, int maxChars) {
        StringBuilder sb = new StringBuilder(Math.min(raw.length(), maxChars) + 8).append('\'');
        int n = Math.min(raw.length(), maxChars);
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            if (c >= 0x20 && c < 0x7F && c != '\'' && c != '\\') {
                sb.append(c);
            } else {
                sb.append(String.format("\\u%04x", (int) c));
            }
        }
        sb.append('\'');
        if (raw.length() > maxChars) {
            sb.append("...");
        }
        return sb.toString();
    }

    /** Escapes the five HTML-significant characters, for text the client puts into the page as HTML. */
    public static String escapeHtml(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
