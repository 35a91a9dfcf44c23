package dev.moomoo.lab.inputs;

/** A journal that cannot be read: not a journal, of another version, cut short or damaged. The message is one line. */
public final class JournalException extends Exception {
    public JournalException(String message) {
        super(message);
    }
}
