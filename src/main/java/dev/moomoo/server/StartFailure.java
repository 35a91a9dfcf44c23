package dev.moomoo.server;

import java.io.IOException;

/** The server cannot start; the message is one line naming what and why (the process exits 1). */
public final class StartFailure extends IOException {
    public StartFailure(String message) {
        super(message, null);
    }
}
