package dev.moomoo.net.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A complete HTTP/1.1 response, written in one call. Every response except 101 closes the connection
 * ({@code Connection: close}): this server answers one request per socket. The body is either in
 * memory or, for a file, a {@link Streamed} one that is copied as it is read.
 */
public record HttpResponse(int status, Map<String, String> headers, byte[] body, Streamed streamed) {

    /**
     * A body read from {@code in} while it is written, {@code length} bytes (known beforehand: the
     * {@code Content-Length}); {@link #writeTo} closes {@code in} whether it sends the body or not.
     */
    public record Streamed(long length, InputStream in) {
    }

    public HttpResponse(int status, Map<String, String> headers, byte[] body) {
        this(status, headers, body, null);
    }

    /** The first {@code length} bytes of {@code in} as the body (a file, which may grow while it is sent). */
    public static HttpResponse streamed(int status, String contentType, long length, InputStream in) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", contentType);
        return new HttpResponse(status, headers, new byte[0], new Streamed(length, in));
    }

    public static HttpResponse text(int status, String body) {
        return of(status, "text/plain; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
    }

    public static HttpResponse of(int status, String contentType, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", contentType);
        return new HttpResponse(status, headers, body);
    }

    public static HttpResponse error(HttpException e) {
        HttpResponse r = text(e.status(), e.getMessage() + "\n");
        r.headers().putAll(e.extraHeaders());
        return r;
    }

    public HttpResponse withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** Writes status line, headers and body; {@code headOnly} leaves the body out (HEAD requests). */
    public void writeTo(OutputStream out, boolean headOnly) throws IOException {
        if (streamed != null) {
            try (InputStream in = streamed.in()) {
                out.write(head(streamed.length()));
                if (!headOnly) {
                    copy(in, out, streamed.length());
                }
                out.flush();
            }
            return;
        }
        byte[] head = head(body.length);
        byte[] bytes = head;
        if (!headOnly && body.length > 0) {
            bytes = new byte[head.length + body.length];
            System.arraycopy(head, 0, bytes, 0, head.length);
            System.arraycopy(body, 0, bytes, head.length, body.length);
        }
        out.write(bytes);
        out.flush();
    }

    /** Exactly {@code length} bytes of {@code in} to {@code out}; the file growing meanwhile sends no more. */
    private static void copy(InputStream in, OutputStream out, long length) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        for (long left = length; left > 0; ) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                throw new IOException("the body ended " + left + " bytes before its " + length);
            }
            out.write(buffer, 0, n);
            left -= n;
        }
    }

    private byte[] head(long contentLength) {
        StringBuilder sb = new StringBuilder(128);
        sb.append("HTTP/1.1 ").append(status).append(' ').append(reasonPhrase(status)).append("\r\n");
        headers.forEach((k, v) -> sb.append(k).append(": ").append(v).append("\r\n"));
        if (status != 101) {
            sb.append("Content-Length: ").append(contentLength).append("\r\n");
            sb.append("Connection: close\r\n");
        }
        sb.append("\r\n");
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    static String reasonPhrase(int status) {
        return switch (status) {
            case 101 -> "Switching Protocols";
            case 200 -> "OK";
            case 204 -> "No Content";
            case 301 -> "Moved Permanently";
            case 303 -> "See Other";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 408 -> "Request Timeout";
            case 411 -> "Length Required";
            case 413 -> "Content Too Large";
            case 414 -> "URI Too Long";
            case 426 -> "Upgrade Required";
            case 429 -> "Too Many Requests";
            case 431 -> "Request Header Fields Too Large";
            case 500 -> "Internal Server Error";
            case 503 -> "Service Unavailable";
            case 505 -> "HTTP Version Not Supported";
            default -> "Status";
        };
    }
}
