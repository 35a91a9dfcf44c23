package dev.moomoo.autobahn;

import java.util.List;

/**
 * One conformance case: what the client sends and what it must see, in order. A case ends either
 * with the server failing the connection (it sends Close with one of {@code failCodes} first, then
 * closes TCP after the client's answer) or, when {@code failCodes} is empty, with a clean close the
 * client starts (Close 1000 echoed, then the server closes TCP).
 */
record AutobahnCase(String id, List<Step> steps) {

    sealed interface Step {
    }

    /** Writes {@code bytes} in pieces of {@code chop} bytes, each flushed on its own (0: in one write). */
    record Send(byte[] bytes, int chop) implements Step {
    }

    /** The next frame from the server must be this one. */
    record Expect(int opcode, byte[] payload) implements Step {
    }

    /** The next frame from the server must be a Close with one of these codes, and then TCP must close. */
    record Fail(int... codes) implements Step {
    }

    /**
     * The server fails the connection in the middle of a frame (fail fast): its Close comes before the
     * frame is whole; the client then sends the rest of the frame ({@code rest}) and its own Close, and
     * the server closes TCP. Without the rest, the client's Close would be read as payload.
     */
    record FailMidFrame(byte[] rest, int code) implements Step {
    }

    /**
     * The client's Close (just sent) was one the server must refuse: the next frame must be a Close
     * with one of these codes, and then the server must close TCP at once, without waiting for an
     * answer, because both Close frames have crossed (RFC 6455 5.5.1, 7.1.1).
     */
    record FailAfterPeerClose(int... codes) implements Step {
    }

    /** The client closes with {@code code}; the server must echo {@code expectedEcho} (-1: an empty Close) and close TCP. */
    record Close(byte[] closeFrame, int expectedEcho) implements Step {
    }

    @Override
    public String toString() {
        return "case " + id;
    }
}
