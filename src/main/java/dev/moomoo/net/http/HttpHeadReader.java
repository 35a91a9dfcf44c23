package dev.moomoo.net.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads one HTTP/1.1 request head within limits: the length of a line, the number of header fields,
 * the size of the whole head, and an absolute deadline for all of it (a client that trickles one
 * byte at a time is cut off when the deadline passes, not when a read stalls).
 */
public final class HttpHeadReader {

    /** The limits of one request head. */
    public record Limits(int maxLineLength, int maxHeaderCount, int maxHeadBytes, long deadlineMillis) {
    }

    private final Limits limits;

    public HttpHeadReader(Limits limits) {
        this.limits = limits;
    }

    /**
     * Reads the head from {@code in} (the socket's stream), setting the socket's read timeout to
     * what is left of the deadline before each read.
     */
    public HttpRequest read(Socket socket, InputStream in) throws IOException, HttpException {
        long deadline = System.nanoTime() + limits.deadlineMillis() * 1_000_000L;
        byte[] buf = new byte[Math.min(1024, limits.maxHeadBytes())];
        int filled = 0;
        int scanFrom = 0;
        while (true) {
            int end = findHeadEnd(buf, scanFrom, filled);
            if (end >= 0) {
                int headLength = end;
                byte[] leftover = Arrays.copyOfRange(buf, headLength, filled);
                return parse(buf, headLength, leftover);
            }
            scanFrom = Math.max(0, filled - 3);
            checkLineLengths(buf, filled);
            if (filled == buf.length) {
                if (buf.length >= limits.maxHeadBytes()) {
                    throw new HttpException(431, "request head over " + limits.maxHeadBytes() + " bytes");
                }
                buf = Arrays.copyOf(buf, Math.min(limits.maxHeadBytes(), buf.length * 2));
            }
            long leftMillis = (deadline - System.nanoTime()) / 1_000_000L;
            if (leftMillis <= 0) {
                throw new HttpException(408, "request head not complete within " + limits.deadlineMillis() + " ms");
            }
            socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, leftMillis));
            int n;
            try {
                n = in.read(buf, filled, buf.length - filled);
            } catch (SocketTimeoutException e) {
                throw new HttpException(408, "request head not complete within " + limits.deadlineMillis() + " ms");
            }
            if (n < 0) {
                if (filled == 0) {
                    return null;
                }
                throw new HttpException(400, "connection ended inside the request head");
            }
            filled += n;
        }
    }

    /** Returns the index just after the blank line that ends the head ({@code CRLF CRLF} or bare {@code LF LF}). */
    private static int findHeadEnd(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == '\n') {
                if (i + 1 < to && b[i + 1] == '\n') {
                    return i + 2;
                }
                if (i + 2 < to && b[i + 1] == '\r' && b[i + 2] == '\n') {
                    return i + 3;
                }
            }
        }
        return -1;
    }

    private void checkLineLengths(byte[] b, int filled) throws HttpException {
        int lineStart = 0;
        for (int i = 0; i < filled; i++) {
            if (b[i] == '\n') {
                lineStart = i + 1;
            }
        }
        if (filled - lineStart > limits.maxLineLength()) {
            throw lineTooLong(lineStart == 0);
        }
    }

    private HttpException lineTooLong(boolean requestLine) {
        return requestLine
                ? new HttpException(414, "request line over " + limits.maxLineLength() + " bytes")
                : new HttpException(431, "header line over " + limits.maxLineLength() + " bytes");
    }

    private HttpRequest parse(byte[] buf, int headLength, byte[] leftover) throws HttpException {
        // ISO-8859-1 maps every byte to one char, so positions match and no byte can fail decoding.
        String head = new String(buf, 0, headLength, StandardCharsets.ISO_8859_1);
        String[] lines = head.split("\r?\n", -1);
        String requestLine = lines[0];
        if (requestLine.length() > limits.maxLineLength()) {
            throw lineTooLong(true);
        }
        String[] parts = requestLine.split(" ", -1);
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || !isToken(parts[0])) {
            throw new HttpException(400, "malformed request line");
        }
        String version = parts[2];
        if (!version.startsWith("HTTP/1.")) {
            throw new HttpException(version.startsWith("HTTP/") ? 505 : 400, "unsupported HTTP version");
        }
        if (parts[1].charAt(0) != '/' || hasControlOrSpace(parts[1])) {
            throw new HttpException(400, "malformed request target");
        }
        List<HttpRequest.Header> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty()) {
                continue; // the blank line that ends the head
            }
            if (line.length() > limits.maxLineLength()) {
                throw lineTooLong(false);
            }
            if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
                throw new HttpException(400, "obsolete header line folding");
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || !isToken(line.substring(0, colon))) {
                throw new HttpException(400, "malformed header line");
            }
            if (headers.size() == limits.maxHeaderCount()) {
                throw new HttpException(431, "more than " + limits.maxHeaderCount() + " header fields");
            }
            String value = line.substring(colon + 1).strip();
            headers.add(new HttpRequest.Header(line.substring(0, colon).toLowerCase(Locale.ROOT), value));
        }
        return new HttpRequest(parts[0], parts[1], version, List.copyOf(headers), leftover);
    }

    /** RFC 9110 token characters. */
    private static boolean isToken(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    private static boolean hasControlOrSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c >= 0x7F) {
                return true;
            }
        }
        return false;
    }
}
