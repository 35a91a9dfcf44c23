package dev.moomoo.admin;

/** A command given the wrong arguments: the message says what was expected. */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message, null, false, false);
    }
}
