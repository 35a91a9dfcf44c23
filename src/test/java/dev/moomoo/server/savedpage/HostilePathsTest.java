package dev.moomoo.server.savedpage;

import dev.moomoo.net.http.HttpResponse;
import dev.moomoo.server.Routes;
import dev.moomoo.testing.FakeSavedPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Files come only from inside the saved folder: a hostile list of paths, each tried beside the page
 * ({@code /}) and in its files folder ({@code /client/}), gets 404, and so do links that lead out of
 * the folder (made here, in the test's own folder). Next to the saved folder lies a secret each of
 * them would reach if it got out.
 */
class HostilePathsTest {
    @TempDir
    static Path dir;
    private static Routes routes;

    @BeforeAll
    static void savedPageBesideASecret() throws Exception {
        Files.writeString(dir.resolve("secret.txt"), "the secret\n");
        Files.createDirectories(dir.resolve("outside"));
        Files.writeString(dir.resolve("outside/secret.txt"), "the secret\n");
        Path saved = FakeSavedPage.write(dir.resolve("saved"), false);
        Path img = saved.resolve("img");
        Files.createSymbolicLink(img.resolve("out.png"), Path.of("../../secret.txt"));
        Files.createSymbolicLink(img.resolve("outdir"), dir.resolve("outside"));
        Files.createSymbolicLink(img.resolve("alias.png"), Path.of("icons/skull.png"));
        Files.createSymbolicLink(saved.resolve(FakeSavedPage.FILES).resolve("leak.js"), Path.of("../../secret.txt"));
        Files.createSymbolicLink(saved.resolve("abs.txt"), dir.resolve("secret.txt").toAbsolutePath());
        routes = SavedPage.open(saved, true).addTo(new Routes(), () -> "/p/x.js");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../secret.txt", "img/../../secret.txt", "img/icons/../../../secret.txt", "%2e%2e/secret.txt", "%2E%2E/secret.txt",
            ".%2e/secret.txt", "%2e./secret.txt", "img/%2e%2e/%2e%2e/secret.txt", "..%2fsecret.txt", "..%2Fsecret.txt", "img%2f..%2f..%2fsecret.txt",
            "..%5csecret.txt", "..%5Csecret.txt", "img%5c..%5c..%5csecret.txt", "..\\secret.txt", "img\\..\\..\\secret.txt",
            "%252e%252e/secret.txt", "%c0%ae%c0%ae/secret.txt", "..%00/secret.txt", "img/icons/skull.png%00.html", "/etc/passwd", "//etc/passwd",
            "/" + "../secret.txt", "C:\\Windows\\win.ini", "C:/Windows/win.ini", "img//icons/skull.png", "img/./icons/skull.png", "./img/icons/skull.png",
            ".hidden", "img/.hidden.png", "img/icons/", "img", "img/out.png", "img/outdir/secret.txt", "abs.txt", "leak.js", "outside/secret.txt",
            "img/icons/skull.png/..", "img/icons/skull.png/", "~/secret.txt", "img/icons/skull.png#/../../../secret.txt", "etc/passwd"})
    void aPathThatLeavesTheFolderOrNamesNoFileIs404(String path) {
        for (String prefix : new String[] {"/", "/client/"}) {
            HttpResponse r = SavedPageTest.get(routes, prefix + path);
            assertEquals(404, r.status(), prefix + path);
            assertFalse(SavedPageTest.text(r).contains("secret"), prefix + path);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/Fake Page.html", "/Fake%20Page.html", "/Fake Page_files/" + FakeSavedPage.BUNDLE, "/Fake%20Page_files/" + FakeSavedPage.BUNDLE,
            "/client/../Fake Page.html", "/client/%2e%2e/Fake%20Page.html"})
    void theUnpatchedPageAndBundleAreNotServedByTheirNames(String path) {
        assertEquals(404, SavedPageTest.get(routes, path).status(), path);
    }

    @Test
    void aLinkThatStaysInsideTheFolderIsServed() throws IOException {
        HttpResponse alias = SavedPageTest.get(routes, "/img/alias.png");
        assertEquals(200, alias.status());
        assertArrayEquals(Files.readAllBytes(dir.resolve("saved/img/icons/skull.png")), alias.body());
    }

    @Test
    void aVeryLongPathIs404WithoutALookUp() {
        assertEquals(404, SavedPageTest.get(routes, "/img/" + "a/".repeat(200) + "x.png").status());
        assertEquals(404, SavedPageTest.get(routes, "/" + "a".repeat(400) + ".png").status());
    }
}
