package dev.moomoo.server.savedpage;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One change the saved page gets as it is served (never on disk): its name, a sentence saying what it
 * does, the file it changes, and how it finds its place, which must be there exactly once. A client
 * build whose text differs there stops the start with the patch's name and what it looked for, rather
 * than serve a page that half works. The list is {@link PagePatches}.
 */
record PagePatch(String name, String what, Target target, Change change) {

    /** The saved page's two texts that get patches. */
    enum Target {
        /** The page itself (a DOM snapshot the browser saved: {@code <name>.html}). */
        PAGE,
        /** The client's bundle ({@code <name>_files/index-<hash>.js}). */
        BUNDLE
    }

    /** How a patch finds its place and what it puts there. */
    sealed interface Change {
        /** What the patch looks for, as a person would read it in a failure. */
        String expected();

        /** The one match of {@code pattern} replaced by {@code replacement} (a {@link Matcher} template: {@code $1} is the first group). */
        record Replace(Pattern pattern, String replacement, String expected) implements Change {
            /** {@code text} replaced by {@code replacement}, both as they are. */
            static Replace literal(String text, String replacement) {
                return new Replace(Pattern.compile(Pattern.quote(text)), Matcher.quoteReplacement(replacement), text);
            }
        }

        /**
         * The content of the element whose {@code id} this is, emptied: in a snapshot, what the page's own
         * scripts had put there (dropdown rows, a captcha widget) would stay beside what they add again.
         */
        record EmptyElement(String id) implements Change {
            @Override
            public String expected() {
                return "an element with id=\"" + id + "\"";
            }
        }
    }

    /** Thrown when the patch's place is not found exactly once. */
    static final class NotFound extends Exception {
        NotFound(String message) {
            super(message, null, false, false);
        }
    }

    /** {@code text} with this patch applied. */
    String apply(String text, String fileName) throws NotFound {
        return switch (change) {
            case Change.Replace r -> replace(text, r, fileName);
            case Change.EmptyElement e -> empty(text, e, fileName);
        };
    }

    private String replace(String text, Change.Replace r, String fileName) throws NotFound {
        Matcher m = r.pattern().matcher(text);
        int found = 0;
        while (m.find()) {
            found++;
        }
        requireOnce(found, fileName);
        m.reset();
        m.find();
        StringBuilder out = new StringBuilder(text.length() + r.replacement().length());
        m.appendReplacement(out, r.replacement());
        m.appendTail(out);
        return out.toString();
    }

    private String empty(String text, Change.EmptyElement e, String fileName) throws NotFound {
        String attribute = "id=\"" + e.id() + "\"";
        int found = 0;
        for (int at = text.indexOf(attribute); at >= 0; at = text.indexOf(attribute, at + 1)) {
            found++;
        }
        requireOnce(found, fileName);
        int id = text.indexOf(attribute);
        int open = text.lastIndexOf('<', id);
        int nameEnd = open + 1;
        while (nameEnd < text.length() && Character.isLetterOrDigit(text.charAt(nameEnd))) {
            nameEnd++;
        }
        String tag = text.substring(open + 1, nameEnd);
        int contentStart = text.indexOf('>', id) + 1;
        int depth = 1;
        int at = contentStart;
        while (depth > 0) {
            int nextOpen = nextTag(text, "<" + tag, at);
            int nextClose = text.indexOf("</" + tag + ">", at);
            if (nextClose < 0 || tag.isEmpty() || contentStart == 0) {
                throw new NotFound(failure(fileName, "its closing </" + tag + ">"));
            }
            if (nextOpen >= 0 && nextOpen < nextClose) {
                depth++;
                at = nextOpen + 1;
            } else {
                depth--;
                at = nextClose + tag.length() + 3;
            }
        }
        int contentEnd = at - tag.length() - 3;
        return text.substring(0, contentStart) + text.substring(contentEnd);
    }

    /** The next {@code <tag} that opens an element of that name (not a longer name that starts with it). */
    private static int nextTag(String text, String open, int from) {
        for (int at = text.indexOf(open, from); at >= 0; at = text.indexOf(open, at + 1)) {
            int after = at + open.length();
            if (after < text.length() && (text.charAt(after) == '>' || Character.isWhitespace(text.charAt(after)))) {
                return at;
            }
        }
        return -1;
    }

    private void requireOnce(int found, String fileName) throws NotFound {
        if (found != 1) {
            throw new NotFound(failure(fileName, null) + ", found " + (found == 0 ? "none" : found + " times"));
        }
    }

    private String failure(String fileName, String missing) {
        String looked = "patch " + name + " (" + what + ") expected " + quoted(change.expected()) + " once in " + fileName;
        return missing == null ? looked : looked + ", with " + missing;
    }

    /** The expected text in one short line: cut, and line breaks shown as \n. */
    private static String quoted(String s) {
        String one = s.replace("\r", "\\r").replace("\n", "\\n");
        return "`" + (one.length() > 160 ? one.substring(0, 160) + "..." : one) + "`";
    }
}
