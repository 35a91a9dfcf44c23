package dev.moomoo.server.services;

import dev.moomoo.net.http.HttpRequest;
import dev.moomoo.net.http.HttpResponse;
import dev.moomoo.protocol.keyed.BuildModule;
import dev.moomoo.protocol.keyed.BuildModuleFile;
import dev.moomoo.server.PageRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The protocol module the saved page imports: served at /p/<BUILD_ID>.js, kept across restarts in its file, rolled. */
class CurrentBuildTest {
    @TempDir
    Path dir;

    private static HttpResponse get(CurrentBuild build, String path) {
        return build.serve(new PageRequest(new HttpRequest("GET", path, "HTTP/1.1", List.of(), new byte[0]), InetAddress.getLoopbackAddress()));
    }

    @Test
    void theCurrentModuleIsServedAsJavaScriptUnderItsBuildIdAndNothingElseIs() throws IOException {
        CurrentBuild build = CurrentBuild.kept(new BuildModuleFile(dir.resolve("build-module.txt")), new SecureRandom());
        String id = build.get().buildId();
        assertEquals("/p/" + id + ".js", build.moduleUrl());
        HttpResponse module = get(build, "/p/" + id + ".js");
        assertEquals(200, module.status());
        assertEquals("text/javascript; charset=utf-8", module.headers().get("Content-Type"));
        assertEquals("no-cache", module.headers().get("Cache-Control"), "a reloaded page must see a roll");
        String script = new String(module.body(), StandardCharsets.UTF_8);
        assertTrue(script.contains("export const BUILD_ID = \"" + id + "\";"), script);
        assertTrue(script.contains("export function mixKey") || script.contains("mixKey"), script);
        assertEquals(404, get(build, "/p/" + id + "x.js").status());
        assertEquals(404, get(build, "/p/").status());
        assertEquals(404, get(build, "/p/" + id + ".js/..").status());
    }

    @Test
    void aRestartKeepsTheBuildAndARollMakesANewOneThatTheFileAndTheListenersGet() throws IOException {
        Path file = dir.resolve("state/build-module.txt");
        CurrentBuild first = CurrentBuild.kept(new BuildModuleFile(file), new SecureRandom());
        BuildModule before = first.get();
        assertTrue(Files.exists(file), "written at the first start");
        assertEquals(before, CurrentBuild.kept(new BuildModuleFile(file), new SecureRandom()).get(), "a restart serves the same build");

        List<BuildModule> told = new ArrayList<>();
        first.onRoll(told::add);
        BuildModule after = first.roll();
        assertNotEquals(before.buildId(), after.buildId());
        assertEquals(after, first.get());
        assertEquals(List.of(after), told, "the listener hears of the new build once, when it is current");
        assertEquals(after, new BuildModuleFile(file).load(), "the file holds the new build");
        assertEquals(404, get(first, "/p/" + before.buildId() + ".js").status(), "the old module is gone");
        assertEquals(200, get(first, "/p/" + after.buildId() + ".js").status());
    }

    @Test
    void aRollThatCannotBeWrittenKeepsTheOldBuildAndSaysWhy() throws IOException {
        Path state = dir.resolve("state");
        Files.createDirectories(state);
        Path file = state.resolve("build-module.txt");
        CurrentBuild build = CurrentBuild.kept(new BuildModuleFile(file), new SecureRandom());
        BuildModule before = build.get();
        List<BuildModule> told = new ArrayList<>();
        build.onRoll(told::add);
        // the file's place becomes a folder with something in it: no file can be moved over it
        Files.delete(file);
        Files.createDirectories(file.resolve("in-the-way"));
        IOException e = assertThrows(IOException.class, build::roll);
        assertTrue(e.getMessage().startsWith("build module file " + file + ": cannot be written"), e.getMessage());
        assertEquals(before, build.get());
        assertEquals(List.of(), told);
    }

    @Test
    void inMemoryABuildOfItsOwnEachTime() throws IOException {
        CurrentBuild a = CurrentBuild.inMemory(new SecureRandom());
        CurrentBuild b = CurrentBuild.inMemory(new SecureRandom());
        assertNotEquals(a.get().buildId(), b.get().buildId());
        BuildModule before = a.get();
        assertNotEquals(before.buildId(), a.roll().buildId());
        assertEquals(404, get(a, "/p/" + before.buildId() + ".js").status());
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count(), "nothing written");
        }
    }
}
