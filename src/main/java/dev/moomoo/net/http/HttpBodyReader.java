package dev.moomoo.net.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Arrays;

/**
 * Reads the body of a request that says its length ({@code Content-Length}) before it is sent, up to a
 * size limit and within a deadline for all of it. A body without a length, or sent in chunks, gets 411:
 * the web services this server answers take small JSON bodies, which every browser sends with a length.
 */
public final class HttpBodyReader {
    private HttpBodyReader() {
    }

    /**
     * The body of {@code request}: what arrived after its head ({@code leftover}), then what {@code in}
     * still has to give, at most {@code maxBytes}, all of it within {@code deadlineMillis}.
     */
    public static byte[] read(Socket socket, InputStream in, HttpRequest request, int maxBytes, long deadlineMillis)
            throws IOException, HttpException {
        if (request.header("transfer-encoding") != null) {
            throw new HttpException(411, "a body must be sent with a Content-Length, not in chunks");
        }
        if (request.headerCount("content-length") > 1) {
            throw new HttpException(400, "Content-Length given more than once");
        }
        String declared = request.header("content-length");
        if (declared == null) {
            throw new HttpException(411, "a body needs a Content-Length");
        }
        if (!declared.matches("[0-9]{1,18}")) {
            throw new HttpException(400, "malformed Content-Length");
        }
        long length = Long.parseLong(declared);
        if (length > maxBytes) {
            throw new HttpException(413, "body over " + maxBytes + " bytes");
        }
        byte[] body = Arrays.copyOf(request.leftover(), (int) length);
        int filled = Math.min(request.leftover().length, body.length);
        long deadline = System.nanoTime() + deadlineMillis * 1_000_000L;
        while (filled < body.length) {
            long leftMillis = (deadline - System.nanoTime()) / 1_000_000L;
            if (leftMillis <= 0) {
                throw new HttpException(408, "body not complete within " + deadlineMillis + " ms");
            }
            socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, leftMillis));
            int n;
            try {
                n = in.read(body, filled, body.length - filled);
            } catch (SocketTimeoutException e) {
                throw new HttpException(408, "body not complete within " + deadlineMillis + " ms");
            }
            if (n < 0) {
                throw new HttpException(400, "connection ended inside the body");
            }
            filled += n;
        }
        return body;
    }
}
