package dev.moomoo.server.savedpage;

import dev.moomoo.net.http.HttpRequest;
import dev.moomoo.net.http.HttpResponse;
import dev.moomoo.server.PageRequest;
import dev.moomoo.server.Routes;
import dev.moomoo.testing.FakeSavedPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The saved page as it is served: each patch of the protocol description's hosting list found once and
 * applied, in memory only; a build whose text changed stops the start naming the patch; the page's files.
 */
class SavedPageTest {
    @TempDir
    Path dir;

    private Path folder() {
        return dir.resolve("saved");
    }

    static HttpResponse get(Routes routes, String target) {
        HttpRequest request = new HttpRequest("GET", target, "HTTP/1.1", List.of(), new byte[0]);
        Function<PageRequest, HttpResponse> page = routes.page(request.path());
        return page == null ? HttpResponse.text(404, "no route\n") : page.apply(new PageRequest(request, InetAddress.getLoopbackAddress()));
    }

    static String text(HttpResponse r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    private Routes served(boolean antiDebug, AtomicReference<String> module) throws Exception {
        return SavedPage.open(folder(), antiDebug).addTo(new Routes(), module::get);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void thePageIsPatchedAsTheHostingListSays() throws Exception {
        FakeSavedPage.write(folder(), true);
        AtomicReference<String> module = new AtomicReference<>("/p/k3v9q0x2mz.js");
        Routes routes = served(true, module);
        HttpResponse page = get(routes, "/");
        assertEquals(200, page.status());
        assertEquals("text/html; charset=utf-8", page.headers().get("Content-Type"));
        assertEquals("no-cache", page.headers().get("Cache-Control"));
        String html = text(page);
        assertEquals(1, count(html, "<script type=\"importmap\">{\"imports\":{\"moomoo-protocol\":\"/p/k3v9q0x2mz.js\"}}</script>"), html);
        assertEquals(1, count(html, "src=\"/client/" + FakeSavedPage.BUNDLE + "\""));
        assertEquals(1, count(html, "<link rel=\"modulepreload\" crossorigin=\"\" href=\"/client/" + FakeSavedPage.VENDOR + "\">"));
        assertEquals(1, count(html, "<link rel=\"stylesheet\" href=\"/client/main.css\">"));
        for (String gone : List.of("otSDKStub.js", "/api.js", "frvr-sdk.min.js", "frvr-channel-web.min.js", "howler.core.min.js", "f.txt",
                "material-icons.css", "hammersmith-one.css", "moomoo.io/assets", "Miami", "CV", "challenges.cloudflare.com", "actionBarItem0", "skinColorItem")) {
            assertEquals(0, count(html, gone), gone + " is gone: " + html);
        }
        for (String emptied : List.of("<div id=\"regionSelect\" class=\"dropdown\"></div>", "<div id=\"serverSelect\" class=\"dropdown\"></div>",
                "<div id=\"turnstileWidget\"></div>", "<div id=\"actionBar\"></div>", "<div id=\"skinColorHolder\"></div>",
                "<div id=\"kept\"><span>stays</span></div>")) {
            assertEquals(1, count(html, emptied), emptied + ": " + html);
        }
        int standIns = html.indexOf("window.turnstile = {");
        assertTrue(standIns > 0 && standIns < html.indexOf("window.FRVR.config ="), "the stand-ins run before the page's own FRVR script");
        assertTrue(html.contains("window.FRVR = {") && html.contains("window.Howl = class"), html);

        module.set("/p/aaaaaaaaaa.js");
        assertTrue(text(get(routes, "/")).contains("\"moomoo-protocol\":\"/p/aaaaaaaaaa.js\""), "the import map names the build current when the page is served");

        HttpResponse bundle = get(routes, "/client/" + FakeSavedPage.BUNDLE);
        assertEquals("text/javascript; charset=utf-8", bundle.headers().get("Content-Type"));
        String js = text(bundle);
        assertEquals(1, count(js, "const Ae=!1;"), js);
        assertEquals(1, count(js, "(Ce=location.origin+\"/api\",Zi=\"moomoo.io\")"));
        // a lobby's list gives each world its socket URL; a game server's own list gives none, and its page dials itself
        assertEquals(1, count(js, "let s=t.socket||(location.protocol===\"https:\"?\"wss\":\"ws\")+\"://\"+location.host+\"/s/\"+t.key;"));
        assertEquals(1, count(js, "i=n.socket?n.socket.replace(/^ws/,\"http\").replace(/\\/s\\/[^/]*$/,\"/ping\"):location.origin+\"/ping\""));
        assertEquals(1, count(js, "Ae||Fd({antiDebug:!0,detectUserscripts:!0})"), "players keep the anti-debugging");
        for (String gone : List.of("location.hostname===", "https://api.moomoo.io", "\"wss\"+\"://\"+n", "Uc(n)")) {
            assertEquals(0, count(js, gone), gone);
        }
    }

    @Test
    void developersCanTurnTheAntiDebuggingOff() throws Exception {
        FakeSavedPage.write(folder(), true);
        String js = text(get(served(false, new AtomicReference<>("/p/x.js")), "/client/" + FakeSavedPage.BUNDLE));
        assertFalse(js.contains("Fd("), js);
        assertTrue(js.contains("Ae||void 0"), js);
    }

    @Test
    void everyPatchIsOnTheListAndEveryPatchOfTheListHasItsTextInTheFakePage() throws Exception {
        FakeSavedPage.write(folder(), true);
        List<String> names = SavedPage.open(folder(), false).patches().stream().map(PagePatch::name).toList();
        assertEquals(List.copyOf(FakeSavedPage.SNIPPETS.keySet()).stream().sorted().toList(), names.stream().sorted().toList());
        for (PagePatch p : SavedPage.open(folder(), false).patches()) {
            assertFalse(p.what().isBlank(), p.name() + " says what it does");
        }
        assertFalse(SavedPage.open(folder(), true).patches().stream().anyMatch(p -> p.name().equals("anti-debug-off")));
    }

    /** A newer client build: each patch's text gone, or there twice, stops the start naming the patch and what it looked for. */
    @Test
    void aBuildWhoseTextChangedStopsTheStartNamingThePatch() throws Exception {
        List<String> unmet = new ArrayList<>();
        for (var e : FakeSavedPage.SNIPPETS.entrySet()) {
            String name = e.getKey();
            FakeSavedPage.Snippet s = e.getValue();
            for (boolean twice : new boolean[] {false, true}) {
                Path folder = dir.resolve(name + (twice ? "-twice" : "-gone"));
                String page = FakeSavedPage.page();
                String bundle = FakeSavedPage.bundle();
                String replacement = twice ? s.text() + "\n" + s.text() : "";
                if (s.inBundle()) {
                    bundle = bundle.replace(s.text(), replacement);
                } else {
                    page = page.replace(s.text(), replacement);
                }
                FakeSavedPage.write(folder, page, bundle, true);
                SavedPageException ex = assertThrows(SavedPageException.class, () -> SavedPage.open(folder, false), name);
                String m = ex.getMessage();
                String file = s.inBundle() ? FakeSavedPage.BUNDLE : FakeSavedPage.PAGE;
                if (!m.startsWith("client-page " + folder + ": patch " + name + " (") || !m.contains(" once in " + file + ", found " + (twice ? "2 times" : "none"))
                        || !m.contains("expected `") || m.lines().count() != 1) {
                    unmet.add(m);
                }
            }
        }
        assertEquals(List.of(), unmet);
    }

    @Test
    void theExpectedTextIsQuotedInTheFailure() throws Exception {
        FakeSavedPage.write(folder(), FakeSavedPage.page(), FakeSavedPage.bundle().replace("let s=\"wss\"+\"://\"+n;", "let s=\"wss://\"+n;"), true);
        SavedPageException e = assertThrows(SavedPageException.class, () -> SavedPage.open(folder(), true));
        assertEquals("client-page " + folder() + ": patch socket-url (the game socket dials the world's own socket URL when the list gives one"
                + " (a fleet's lobby does), else this host at /s/<world key> (ws: behind http:, wss: behind https:), instead of"
                + " <key>.<region>.moomoo.io) expected `let s=\"wss\"+\"://\"+n;` once in " + FakeSavedPage.BUNDLE
                + ", found none (this server knows client v1.9.1; a newer build needs its patches updated)", e.getMessage());
    }

    @Test
    void theFilesBesideThePageAndInItsFolder() throws Exception {
        FakeSavedPage.write(folder(), true);
        Routes routes = served(true, new AtomicReference<>("/p/x.js"));
        HttpResponse css = get(routes, "/client/main.css");
        assertEquals(200, css.status());
        assertEquals("text/css; charset=utf-8", css.headers().get("Content-Type"));
        HttpResponse skull = get(routes, "/img/icons/skull.png");
        assertEquals(200, skull.status(), "the page's css asks ../img/ from /client/: the operator's img/ folder");
        assertEquals("image/png", skull.headers().get("Content-Type"));
        assertEquals("nosniff", skull.headers().get("X-Content-Type-Options"));
        assertEquals(404, get(routes, "/img/animals/boar_1.png").status(), "an image the page lacks");
        assertEquals(404, get(routes, "/sound/5.mp3").status());
        assertEquals("export const p = {argv: []}; // the folder's own vendor module\n", text(get(routes, "/client/" + FakeSavedPage.VENDOR)),
                "the folder's own vendor module");
        assertEquals(200, get(routes, "/client/otSDKStub.js").status(), "the folder's other files are there, though the page no longer asks for them");
    }

    @Test
    void aFolderWithoutAVendorModuleGetsThisServersOwn() throws Exception {
        FakeSavedPage.write(folder(), false);
        HttpResponse vendor = get(served(true, new AtomicReference<>("/p/x.js")), "/client/" + FakeSavedPage.VENDOR);
        assertEquals(200, vendor.status());
        assertEquals("text/javascript; charset=utf-8", vendor.headers().get("Content-Type"));
        assertEquals(ClientScripts.vendorModule(), text(vendor));
        assertTrue(text(vendor).contains("export { processShim as p, MsgpackEncoder as E, MsgpackDecoder as D, WordFilter as L };"));
        assertFalse(SavedPage.open(folder(), true).hasOwnVendor());
    }

    @Test
    void servingNeverWritesTheFolder() throws Exception {
        FakeSavedPage.write(folder(), true);
        String before = FolderSnapshot.of(folder());
        Routes routes = served(false, new AtomicReference<>("/p/x.js"));
        for (String path : List.of("/", "/client/" + FakeSavedPage.BUNDLE, "/client/main.css", "/client/" + FakeSavedPage.VENDOR, "/img/icons/skull.png")) {
            assertEquals(200, get(routes, path).status(), path);
        }
        assertEquals(before, FolderSnapshot.of(folder()), "the saved folder is as it was: patched in memory only");
    }

    @Test
    void aFolderThatCannotBeServedIsNamedInOneLine() throws IOException {
        Path missing = dir.resolve("nowhere");
        assertEquals("client-page " + missing + ": no such folder", failure(missing));
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        assertEquals("client-page " + file + ": not a folder", failure(file));
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertEquals("client-page " + empty + ": expected one page saved as \"Webpage, Complete\" (an .html file beside its _files folder), found none",
                failure(empty));
        Path two = FakeSavedPage.write(dir.resolve("two"), true);
        Files.writeString(two.resolve("Other.html"), "<html></html>");
        Files.createDirectories(two.resolve("Other_files"));
        assertEquals("client-page " + two + ": expected one page saved as \"Webpage, Complete\" (an .html file beside its _files folder), found"
                + " [Fake Page.html, Other.html]", failure(two));
        Path noBundle = FakeSavedPage.write(dir.resolve("no-bundle"), true);
        Files.delete(noBundle.resolve(FakeSavedPage.FILES).resolve(FakeSavedPage.BUNDLE));
        assertEquals("client-page " + noBundle + ": expected one client bundle (index-<hash>.js) in " + FakeSavedPage.FILES + ", found none", failure(noBundle));
        Path noCss = FakeSavedPage.write(dir.resolve("no-css"), true);
        Files.delete(noCss.resolve(FakeSavedPage.FILES).resolve("main.css"));
        assertEquals("client-page " + noCss + ": no readable main.css in " + FakeSavedPage.FILES, failure(noCss));
        Path latin1 = FakeSavedPage.write(dir.resolve("latin1"), true);
        Files.write(latin1.resolve(FakeSavedPage.PAGE), "<html>caf\u00e9</html>".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("client-page " + latin1 + ": " + FakeSavedPage.PAGE + " is not UTF-8 text", failure(latin1));
    }

    private static String failure(Path folder) {
        return assertThrows(SavedPageException.class, () -> SavedPage.open(folder, true)).getMessage();
    }
}
