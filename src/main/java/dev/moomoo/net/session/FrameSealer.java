package dev.moomoo.net.session;

/**
 * Rewrites a connection's data frames as its writer takes them, in the order they go on the wire: for
 * a protocol whose every frame depends on the frames sent before it (the v1.9 client's masks count
 * them: src/site/keyed-protocol.md, "Server frames and masks"). Control frames and the Close frame are
 * not data and pass as they are. Called by the connection's writer only, one frame at a time.
 */
public interface FrameSealer {
    /** How many bytes, at most, the sealed frame of the whole WebSocket frame {@code frame[offset, offset + length)} takes. */
    int sealedLength(byte[] frame, int offset, int length);

    /** Writes the sealed frame of {@code frame[offset, offset + length)} at {@code dst[at..]}; returns the bytes written. */
    int seal(byte[] frame, int offset, int length, byte[] dst, int at);
}
