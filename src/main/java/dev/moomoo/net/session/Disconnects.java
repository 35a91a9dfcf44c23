package dev.moomoo.net.session;

import java.io.EOFException;
import java.io.IOException;
import java.net.SocketException;
import java.net.SocketTimeoutException;

/** The ways a connection ends that are part of normal life and are logged quietly. */
public final class Disconnects {
    private Disconnects() {
    }

    /** Peer closed or reset, socket closed by us, a timeout, or an interrupt from the supervisor. */
    public static boolean isExpected(Throwable t) {
        return t instanceof EOFException
                || t instanceof SocketException
                || t instanceof SocketTimeoutException
                || t instanceof InterruptedException
                || (t instanceof IOException && String.valueOf(t.getMessage()).contains("Broken pipe"));
    }
}
