package dev.moomoo.server.savedpage;

/** The saved page cannot be served: one line naming the folder and what is wrong with it (the start stops). */
public final class SavedPageException extends Exception {
    SavedPageException(String message) {
        super(message, null, false, false);
    }
}
