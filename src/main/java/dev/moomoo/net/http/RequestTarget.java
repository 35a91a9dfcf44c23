package dev.moomoo.net.http;

/** Parts of a request target ({@code /path?query}). */
public final class RequestTarget {
    private RequestTarget() {
    }

    /** The path, without the query string. */
    public static String path(String target) {
        int q = target.indexOf('?');
        return q < 0 ? target : target.substring(0, q);
    }

    /** The value of the query parameter {@code name}, or null (no percent-decoding: tokens are plain). */
    public static String queryParameter(String target, String name) {
        int q = target.indexOf('?');
        if (q < 0) {
            return null;
        }
        for (String pair : target.substring(q + 1).split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (key.equals(name)) {
                return eq < 0 ? "" : pair.substring(eq + 1);
            }
        }
        return null;
    }
}
