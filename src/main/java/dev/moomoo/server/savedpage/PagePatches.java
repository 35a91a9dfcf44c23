package dev.moomoo.server.savedpage;

import dev.moomoo.server.savedpage.PagePatch.Change.EmptyElement;
import dev.moomoo.server.savedpage.PagePatch.Change.Replace;
import dev.moomoo.server.savedpage.PagePatch.Target;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every patch the saved page gets, in the order they are applied: the one list (README, "Serving the
 * current client", lists them too). They are written against client v1.9.1 ({@code index-04fd22e2.js}),
 * whose texts the patterns are; the places were found in that bundle and page, and each occurs there
 * once.
 */
final class PagePatches {
    /** Where the served bundle, its vendor module and its stylesheet are: the saved {@code _files} folder. */
    static final String FILES = "/client/";

    private PagePatches() {
    }

    /**
     * The patches for a page whose bundle is {@code bundleName}; {@code moduleMarker} stands in the page
     * where the current build module's URL goes as it is served; {@code standIns} is the script of the
     * stand-ins; {@code antiDebug} false adds the developers' patch.
     */
    static List<PagePatch> list(String bundleName, String moduleMarker, String standIns, boolean antiDebug) {
        List<PagePatch> list = new ArrayList<>(List.of(
                bundle("dev-mode-off", "the bundle's dev mode, on when the page is opened at localhost or 127.0.0.1, is off"
                                + " (it would dial wss://localhost:3000 without a ticket and skip the join)",
                        Replace.literal("const Ae=location.hostname===\"localhost\"||location.hostname===\"127.0.0.1\";", "const Ae=!1;")),
                bundle("api-base", "the API base is this server's /api instead of https://api.moomoo.io",
                        Replace.literal("(Ce=\"https://api.moomoo.io\",Zi=\"moomoo.io\")", "(Ce=location.origin+\"/api\",Zi=\"moomoo.io\")")),
                bundle("socket-url", "the game socket dials the world's own socket URL when the list gives one (a fleet's lobby does),"
                                + " else this host at /s/<world key> (ws: behind http:, wss: behind https:), instead of <key>.<region>.moomoo.io",
                        Replace.literal("let s=\"wss\"+\"://\"+n;",
                                "let s=t.socket||(location.protocol===\"https:\"?\"wss\":\"ws\")+\"://\"+location.host+\"/s/\"+t.key;")),
                bundle("ping-url", "the region's latency is measured against /ping of the world's own server when the list gives its"
                                + " socket URL, else against this server's",
                        Replace.literal("i=\"https://\"+Uc(n)+\"/ping\"",
                                "i=n.socket?n.socket.replace(/^ws/,\"http\").replace(/\\/s\\/[^/]*$/,\"/ping\"):location.origin+\"/ping\"")),
                page("import-map", "the import map's moomoo-protocol is this server's build module, the build current when the page is served",
                        new Replace(Pattern.compile("\"moomoo-protocol\"\\s*:\\s*\"[^\"]*\""),
                                Matcher.quoteReplacement("\"moomoo-protocol\":\"" + moduleMarker + "\""), "\"moomoo-protocol\":\"...\"")),
                page("bundle-script", "the bundle's script is this server's " + FILES + bundleName,
                        new Replace(Pattern.compile("src=\"[^\"]*_files/" + Pattern.quote(bundleName) + "\""),
                                Matcher.quoteReplacement("src=\"" + FILES + bundleName + "\""), "src=\"./..._files/" + bundleName + "\"")),
                page("vendor-preload", "the vendor module is preloaded from this server, beside the bundle, instead of moomoo.io",
                        new Replace(Pattern.compile("(<link rel=\"modulepreload\"[^>]*href=\")[^\"]*/(vendor-[0-9a-f]+\\.js\")"),
                                "$1" + Matcher.quoteReplacement(FILES) + "$2", "<link rel=\"modulepreload\" ... href=\".../vendor-<hash>.js\">")),
                page("stylesheet", "the stylesheet is this server's " + FILES + "main.css",
                        new Replace(Pattern.compile("href=\"[^\"]*_files/main\\.css\""), Matcher.quoteReplacement("href=\"" + FILES + "main.css\""),
                                "href=\"./..._files/main.css\"")),
                removedScript("cookie-consent", "otSDKStub.js", "the cookie consent SDK (OneTrust)"),
                removedScript("turnstile", "api.js", "Cloudflare Turnstile (a stand-in gives the page its tokens)"),
                page("frvr-stand-ins", "the FRVR SDK's script becomes this server's stand-ins (FRVR, Turnstile, Howl, ads), before the page's"
                                + " inline scripts use them",
                        new Replace(script("frvr-sdk.min.js"), Matcher.quoteReplacement("<script>\n" + standIns + "</script>"),
                                "<script src=\"./..._files/frvr-sdk.min.js\"></script>")),
                removedScript("frvr-channel", "frvr-channel-web.min.js", "the FRVR channel script"),
                removedScript("howler", "howler.core.min.js", "howler.js (the stand-in Howl plays what the folder's sound/ holds)"),
                removedScript("adsense", "f.txt", "AdSense"),
                removedLink("material-icons", "material-icons.css", "the icon font's stylesheet, which a saved page does not hold"),
                removedLink("hammersmith-one", "hammersmith-one.css", "the title font's stylesheet, which a saved page does not hold"),
                emptied("regionSelect", "the region dropdown's saved rows (the page fills it from /api/servers)"),
                emptied("serverSelect", "the server dropdown's saved rows (the page fills it from /api/servers)"),
                emptied("turnstileWidget", "the saved Turnstile widget (an iframe from challenges.cloudflare.com)"),
                emptied("actionBar", "the action bar's saved items (the page makes them again)"),
                emptied("skinColorHolder", "the skin colours' saved items (the page makes them again)")));
        if (!antiDebug) {
            list.add(bundle("anti-debug-off", "for developers: the bundle's anti-tamper start is not called (no debugger pause every second,"
                            + " F12 and view-source keys work, WebSocket is not frozen, userscripts are not probed)",
                    Replace.literal("Ae||Fd({antiDebug:!0,detectUserscripts:!0})", "Ae||void 0")));
        }
        return List.copyOf(list);
    }

    private static PagePatch bundle(String name, String what, PagePatch.Change change) {
        return new PagePatch(name, what, Target.BUNDLE, change);
    }

    private static PagePatch page(String name, String what, PagePatch.Change change) {
        return new PagePatch(name, what, Target.PAGE, change);
    }

    /** A {@code <script ... src=".../file" ...></script>} of the saved page. */
    private static Pattern script(String file) {
        return Pattern.compile("<script[^>]*\\ssrc=\"[^\"]*/" + Pattern.quote(file) + "\"[^>]*>\\s*</script>");
    }

    private static PagePatch removedScript(String name, String file, String what) {
        return page(name, "the script of " + what + " is removed",
                new Replace(script(file), "", "<script src=\"./..._files/" + file + "\"></script>"));
    }

    private static PagePatch removedLink(String name, String file, String what) {
        return page(name, what + " is removed",
                new Replace(Pattern.compile("<link[^>]*\\shref=\"[^\"]*/" + Pattern.quote(file) + "\"[^>]*>"), "",
                        "<link href=\"./..._files/" + file + "\">"));
    }

    private static PagePatch emptied(String id, String what) {
        return page("empty-" + id, what + " is emptied", new EmptyElement(id));
    }
}
