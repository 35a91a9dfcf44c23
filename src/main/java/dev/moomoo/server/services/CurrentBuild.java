package dev.moomoo.server.services;

import dev.moomoo.net.http.HttpResponse;
import dev.moomoo.protocol.keyed.BuildModule;
import dev.moomoo.protocol.keyed.BuildModuleFile;
import dev.moomoo.server.PageRequest;
import org.tinylog.Logger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The build of the v1.9 page's protocol module ({@code moomoo-protocol}) that this server serves now,
 * at {@code /p/<BUILD_ID>.js}. It is kept in its file (the state directory's {@code build-module.txt})
 * so that a restart keeps the pages already open valid, or only in memory (a new build at each start)
 * when there is no file. {@link #roll} makes a new build: from then on the page is served with the new
 * module, and whoever listens ({@link #onRoll}: the keyed endpoint, which closes the sockets of pages
 * on the old build with 4002, "Game updated - please reload") is told. Any thread.
 */
public final class CurrentBuild implements Supplier<BuildModule> {
    /** Where the module is served: {@code /p/<BUILD_ID>.js}. */
    public static final String FOLDER = "/p/";

    private final BuildModuleFile file;
    private final SecureRandom random;
    private final List<Consumer<BuildModule>> listeners = new CopyOnWriteArrayList<>();
    private volatile Served served;

    /** A build and its module's bytes, swapped as one. */
    private record Served(BuildModule build, byte[] script) {
        Served(BuildModule build) {
            this(build, build.script().getBytes(StandardCharsets.UTF_8));
        }
    }

    private CurrentBuild(BuildModuleFile file, SecureRandom random, BuildModule build) {
        this.file = file;
        this.random = random;
        this.served = new Served(build);
    }

    /** The build kept in {@code file} (made and written when there is none yet); a one-line IOException names the file when it cannot be read or written. */
    public static CurrentBuild kept(BuildModuleFile file, SecureRandom random) throws IOException {
        return new CurrentBuild(file, random, file.loadOrCreate(random));
    }

    /** A build of its own, kept in memory only: a restart makes a new one. */
    public static CurrentBuild inMemory(SecureRandom random) {
        return new CurrentBuild(null, random, BuildModule.generate(random));
    }

    @Override
    public BuildModule get() {
        return served.build();
    }

    /** Where the page finds the current module: the value of its import map's {@code moomoo-protocol}. */
    public String moduleUrl() {
        return FOLDER + get().buildId() + ".js";
    }

    /** {@code listener} is called with each new build, after it is current (on the thread that rolled it). */
    public void onRoll(Consumer<BuildModule> listener) {
        listeners.add(listener);
    }

    /**
     * Makes a new build, writes it to the file (if there is one) and serves it; then tells the
     * listeners. When the file cannot be written the old build stays and the IOException says why.
     */
    public BuildModule roll() throws IOException {
        BuildModule build;
        synchronized (this) {
            build = file == null ? BuildModule.generate(random) : file.roll(random);
            served = new Served(build);
        }
        Logger.info("build module rolled: now {}{}", build, file == null ? "" : " (kept in " + file.path() + ")");
        for (Consumer<BuildModule> listener : listeners) {
            listener.accept(build);
        }
        return build;
    }

    /**
     * The handler of {@code /p/}: the current build's module as JavaScript, never cached (after a roll a
     * reloaded page must get the new one); any other build's module is gone (404).
     */
    public HttpResponse serve(PageRequest request) {
        Served now = served;
        if (!request.request().path().equals(FOLDER + now.build().buildId() + ".js")) {
            return HttpResponse.text(404, "no such build module (the current one is in the page's import map)\n").withHeader("Cache-Control", "no-store");
        }
        return HttpResponse.of(200, "text/javascript; charset=utf-8", now.script()).withHeader("Cache-Control", "no-cache");
    }

    @Override
    public String toString() {
        return "current " + get() + (file == null ? " (in memory)" : " (" + file + ")");
    }
}
