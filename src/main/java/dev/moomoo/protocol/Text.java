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
