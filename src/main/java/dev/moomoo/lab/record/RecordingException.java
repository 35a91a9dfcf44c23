package dev.moomoo.lab.record;

/** A file that is not a readable recording, or stops short: the message is one line naming the problem. */
public final class RecordingException extends Exception {
    public RecordingException(String message) {
        super(message, null, false, false);
    }
}
