package dev.moomoo.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small page saved as a browser saves moomoo.io's ("Webpage, Complete"), written by the tests
 * themselves: {@code Fake Page.html} beside {@code Fake Page_files/} with a bundle, {@code main.css} and
 * (optionally) a vendor module, holding once each text the saved page's patches look for. The texts
 * are those of the v1.9.1 client that the protocol description's hosting section quotes (the lines a
 * server must change), inside filler of the tests' own; the real page never enters the repository.
 */
public final class FakeSavedPage {
    public static final String PAGE = "Fake Page.html";
    public static final String FILES = "Fake Page_files";
    public static final String BUNDLE = "index-0badc0de.js";
    public static final String VENDOR = "vendor-0123abcd.js";

    /** Each text a patch looks for, by the patch's name, with the file it is in (page or bundle). */
    public static final Map<String, Snippet> SNIPPETS = new LinkedHashMap<>();

    /** A text of the fake page that one patch looks for. */
    public record Snippet(boolean inBundle, String text) {
    }

    private static void snippet(String patch, boolean inBundle, String text) {
        SNIPPETS.put(patch, new Snippet(inBundle, text));
    }

    static {
        snippet("dev-mode-off", true, "const Ae=location.hostname===\"localhost\"||location.hostname===\"127.0.0.1\";");
        snippet("anti-debug-off", true, "Ae||Fd({antiDebug:!0,detectUserscripts:!0})");
        snippet("api-base", true, "(Ce=\"https://api.moomoo.io\",Zi=\"moomoo.io\")");
        snippet("socket-url", true, "let s=\"wss\"+\"://\"+n;");
        snippet("ping-url", true, "i=\"https://\"+Uc(n)+\"/ping\"");
        snippet("import-map", false, "{\"imports\":{\"moomoo-protocol\":\"/p/s16nwf.js\"}}");
        snippet("bundle-script", false, "<script type=\"module\" crossorigin=\"\" src=\"./" + FILES + "/" + BUNDLE + "\"></script>");
        snippet("vendor-preload", false, "<link rel=\"modulepreload\" crossorigin=\"\" href=\"https://moomoo.io/assets/" + VENDOR + "\">");
        snippet("stylesheet", false, "<link rel=\"stylesheet\" href=\"./" + FILES + "/main.css\">");
        snippet("cookie-consent", false, "<script type=\"text/javascript\" src=\"./" + FILES + "/otSDKStub.js\" data-domain-script=\"x\" async=\"\" defer=\"\"></script>");
        snippet("turnstile", false, "<script src=\"./" + FILES + "/api.js\" async=\"\" defer=\"\"></script>");
        snippet("frvr-stand-ins", false, "<script src=\"./" + FILES + "/frvr-sdk.min.js\"></script>");
        snippet("frvr-channel", false, "<script src=\"./" + FILES + "/frvr-channel-web.min.js\"></script>");
        snippet("howler", false, "<script defer=\"defer\" src=\"./" + FILES + "/howler.core.min.js\"></script>");
        snippet("adsense", false, "<script async=\"\" data-ad-client=\"ca-pub-0\" src=\"./" + FILES + "/f.txt\"></script>");
        snippet("material-icons", false, "<link href=\"./" + FILES + "/material-icons.css\" rel=\"stylesheet\">");
        snippet("hammersmith-one", false, "<link href=\"./" + FILES + "/hammersmith-one.css\" rel=\"stylesheet\">");
        snippet("empty-regionSelect", false, "<div id=\"regionSelect\" class=\"dropdown\"><div class=\"dropdownRow\"><span>Miami</span></div>"
                + "<div><div>CV</div></div></div>");
        snippet("empty-serverSelect", false, "<div id=\"serverSelect\" class=\"dropdown\"><div class=\"dropdownRow\">CV 8</div></div>");
        snippet("empty-turnstileWidget", false, "<div id=\"turnstileWidget\"><div><div><template shadowrootmode=\"closed\">"
                + "<iframe src=\"https://challenges.cloudflare.com/x\"></iframe></template></div></div></div>");
        snippet("empty-actionBar", false, "<div id=\"actionBar\"><div class=\"actionBarItem\" id=\"actionBarItem0\"></div></div>");
        snippet("empty-skinColorHolder", false, "<div id=\"skinColorHolder\"><div class=\"skinColorItem\"></div></div>");
    }

    private FakeSavedPage() {
    }

    /** The page's text: every page snippet once, in a page of the tests' own. */
    public static String page() {
        StringBuilder head = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Fake</title>\n");
        StringBuilder body = new StringBuilder("</head><body>\n<div id=\"mainMenu\"><input id=\"nameInput\"></div>\n");
        SNIPPETS.forEach((name, s) -> {
            if (s.inBundle()) {
                return;
            }
            if (name.equals("import-map")) {
                head.append("<script type=\"importmap\">").append(s.text()).append("</script>\n");
            } else if (name.equals("frvr-stand-ins")) {
                head.append(s.text()).append("\n<script>window.FRVR.config = {\"gameId\":\"moomoo\"};</script>\n");
            } else if (name.startsWith("empty-")) {
                body.append(s.text()).append('\n');
            } else {
                head.append(s.text()).append('\n');
            }
        });
        return head.append(body).append("<div id=\"kept\"><span>stays</span></div>\n</body></html>\n").toString();
    }

    /** The bundle's text: every bundle snippet once, in a module of the tests' own. */
    public static String bundle() {
        StringBuilder b = new StringBuilder("import{p as Is,E as Md,D as Rd,L as Pd}from\"./" + VENDOR + "\";"
                + "import{BUILD_ID as Ad,mixKey as Bd,BUILD_SALT as Od}from\"moomoo-protocol\";\n");
        SNIPPETS.forEach((name, s) -> {
            if (s.inBundle()) {
                b.append("/* ").append(name).append(" */").append(s.text()).append('\n');
            }
        });
        return b.toString();
    }

    /** Writes the page into {@code folder} (made if needed); {@code withVendor} adds a vendor module of its own. */
    public static Path write(Path folder, boolean withVendor) throws IOException {
        return write(folder, page(), bundle(), withVendor);
    }

    /** Writes a page with the given texts (a changed client build) into {@code folder}. */
    public static Path write(Path folder, String page, String bundle, boolean withVendor) throws IOException {
        Path files = Files.createDirectories(folder.resolve(FILES));
        Files.writeString(folder.resolve(PAGE), page, StandardCharsets.UTF_8);
        Files.writeString(files.resolve(BUNDLE), bundle, StandardCharsets.UTF_8);
        Files.writeString(files.resolve("main.css"), "body { margin: 0 }\n#skull { background: url(../img/icons/skull.png) }\n");
        Files.writeString(files.resolve("otSDKStub.js"), "// third-party, never served to players\n");
        if (withVendor) {
            Files.writeString(files.resolve(VENDOR), "export const p = {argv: []}; // the folder's own vendor module\n");
        }
        Files.createDirectories(folder.resolve("img/icons"));
        Files.write(folder.resolve("img/icons/skull.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        return folder;
    }
}
