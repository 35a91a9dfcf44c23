package dev.moomoo.server.savedpage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The scripts this server writes for the saved page, from its resources: the stand-ins for the
 * third-party services ({@code stand-ins.js}, put inline where the FRVR SDK's script was) and the vendor
 * module for a saved folder that lacks its own: the own client's msgpack codec
 * ({@code dev/moomoo/web/msgpack.js}) followed by {@code vendor.js}, which exports {@code p}, {@code E},
 * {@code D} and {@code L} as the page imports them.
 */
final class ClientScripts {
    private ClientScripts() {
    }

    static String standIns() {
        String script = resource("/dev/moomoo/savedpage/stand-ins.js");
        if (script.toLowerCase(Locale.ROOT).contains("</script")) {
            throw new IllegalStateException("stand-ins.js must not close its inline <script>");
        }
        return script;
    }

    static String vendorModule() {
        return "// The vendor module of the saved moomoo.io page, written for moomoo-server: the page's folder has none of its own.\n"
                + resource("/dev/moomoo/web/msgpack.js") + resource("/dev/moomoo/savedpage/vendor.js");
    }

    private static String resource(String path) {
        try (InputStream in = ClientScripts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("resource missing: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
