package dev.moomoo.server.savedpage;

import dev.moomoo.net.http.HttpResponse;
import dev.moomoo.server.PageRequest;
import dev.moomoo.server.Routes;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The current MooMoo.io client (v1.9), served from a page the operator saved from moomoo.io ("Save page
 * as... Webpage, Complete": {@code <name>.html} beside its {@code <name>_files} folder with the bundle
 * {@code index-<hash>.js}, {@code main.css} and perhaps {@code vendor-<hash>.js}). The page and the bundle
 * are read once at start and patched in memory ({@link PagePatches}); the folder is only read. Served:
 * the page at {@code /} (its import map naming the build module current at that moment), the bundle, the
 * vendor module (the folder's, else this server's own) and the folder's other files under
 * {@code /client/}, and the files beside the page (its {@code img/} and {@code sound/}, if the operator
 * has them) under {@code /}. Any thread.
 */
public final class SavedPage {
    private static final Pattern BUNDLE = Pattern.compile("index-[A-Za-z0-9_-]+\\.js");
    private static final Pattern VENDOR = Pattern.compile("vendor-[A-Za-z0-9_-]+\\.js");
    /** Where the build module's URL goes in the patched page; not in any saved page (checked). */
    private static final String MODULE_MARKER = "@@moomoo-server:build-module@@";

    private final Path folder;
    private final String pageName;
    private final String filesName;
    private final PageFolder root;
    private final PageFolder files;
    private final String bundleName;
    private final byte[] bundle;
    private final byte[] pageBeforeModule;
    private final byte[] pageAfterModule;
    private final byte[] vendorFallback;
    private final List<PagePatch> patches;

    private SavedPage(Path folder, Path page, Path filesDir, String bundleName, boolean antiDebug) throws SavedPageException, IOException {
        this.folder = folder;
        this.pageName = page.getFileName().toString();
        this.filesName = filesDir.getFileName().toString();
        this.root = new PageFolder(folder);
        this.files = new PageFolder(filesDir);
        this.bundleName = bundleName;
        this.patches = PagePatches.list(bundleName, MODULE_MARKER, ClientScripts.standIns(), antiDebug);
        String pageText = text(page);
        if (pageText.contains(MODULE_MARKER)) {
            throw failure(pageName + " holds " + MODULE_MARKER + ", the mark this server puts in the page");
        }
        String bundleText = text(filesDir.resolve(bundleName));
        for (PagePatch patch : patches) {
            try {
                switch (patch.target()) {
                    case PAGE -> pageText = patch.apply(pageText, pageName);
                    case BUNDLE -> bundleText = patch.apply(bundleText, bundleName);
                }
            } catch (PagePatch.NotFound e) {
                throw failure(e.getMessage() + " (this server knows client v1.9.1; a newer build needs its patches updated)");
            }
        }
        int marker = pageText.indexOf(MODULE_MARKER);
        this.pageBeforeModule = pageText.substring(0, marker).getBytes(StandardCharsets.UTF_8);
        this.pageAfterModule = pageText.substring(marker + MODULE_MARKER.length()).getBytes(StandardCharsets.UTF_8);
        this.bundle = bundleText.getBytes(StandardCharsets.UTF_8);
        this.vendorFallback = ClientScripts.vendorModule().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads and patches the page saved in {@code folder}; {@code antiDebug} false turns the page's
     * anti-debugging off (for developers). Fails with one line naming the folder and what is missing.
     */
    public static SavedPage open(Path folder, boolean antiDebug) throws SavedPageException {
        if (!Files.exists(folder)) {
            throw new SavedPageException("client-page " + folder + ": no such folder");
        }
        if (!Files.isDirectory(folder)) {
            throw new SavedPageException("client-page " + folder + ": not a folder");
        }
        try {
            Path page = thePage(folder);
            Path filesDir = page.resolveSibling(baseName(page.getFileName().toString()) + "_files");
            List<String> bundles = names(filesDir, BUNDLE);
            if (bundles.size() != 1) {
                throw new SavedPageException("client-page " + folder + ": expected one client bundle (index-<hash>.js) in " + filesDir.getFileName()
                        + ", found " + (bundles.isEmpty() ? "none" : String.join(", ", bundles)));
            }
            if (!Files.isRegularFile(filesDir.resolve("main.css")) || !Files.isReadable(filesDir.resolve("main.css"))) {
                throw new SavedPageException("client-page " + folder + ": no readable main.css in " + filesDir.getFileName());
            }
            return new SavedPage(folder, page, filesDir, bundles.getFirst(), antiDebug);
        } catch (AccessDeniedException e) {
            throw new SavedPageException("client-page " + folder + ": cannot be read (permission denied: " + e.getFile() + ")");
        } catch (IOException e) {
            throw new SavedPageException("client-page " + folder + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /** The one {@code .html} file of {@code folder} that has its {@code _files} folder beside it. */
    private static Path thePage(Path folder) throws IOException, SavedPageException {
        List<Path> pages = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path p : entries.sorted().toList()) {
                String name = p.getFileName().toString();
                String lower = name.toLowerCase(Locale.ROOT);
                if ((lower.endsWith(".html") || lower.endsWith(".htm")) && Files.isRegularFile(p)
                        && Files.isDirectory(p.resolveSibling(baseName(name) + "_files"))) {
                    pages.add(p);
                }
            }
        }
        if (pages.size() != 1) {
            throw new SavedPageException("client-page " + folder + ": expected one page saved as \"Webpage, Complete\" (an .html file beside its _files folder), found "
                    + (pages.isEmpty() ? "none" : pages.stream().map(p -> p.getFileName().toString()).toList()));
        }
        if (!Files.isReadable(pages.getFirst())) {
            throw new AccessDeniedException(pages.getFirst().toString());
        }
        return pages.getFirst();
    }

    private static String baseName(String fileName) {
        return fileName.substring(0, fileName.lastIndexOf('.'));
    }

    private static List<String> names(Path dir, Pattern pattern) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> pattern.matcher(n).matches()).sorted().toList();
        }
    }

    private String text(Path file) throws IOException, SavedPageException {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw failure(file.getFileName() + " is not UTF-8 text");
        }
    }

    private SavedPageException failure(String what) {
        return new SavedPageException("client-page " + folder + ": " + what);
    }

    /** The patches applied, in order (for the start's log line and the tests). */
    List<PagePatch> patches() {
        return patches;
    }

    /** Whether the folder has its own vendor module (else this server's is served). */
    public boolean hasOwnVendor() {
        try {
            return !names(files.root(), VENDOR).isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "the page saved in " + folder + " (" + pageName + ", " + bundleName + ", " + patches.size() + " patches, "
                + (hasOwnVendor() ? "its own vendor module" : "this server's vendor module") + ")";
    }

    /**
     * Serves the page at {@code /}, its files under {@code /client/} and the files beside it under
     * {@code /}; {@code moduleUrl} is the current build module's URL, asked each time the page is served.
     */
    public Routes addTo(Routes routes, Supplier<String> moduleUrl) {
        return routes.page("/", r -> page(moduleUrl.get()))
                .pagesUnder(PagePatches.FILES, this::clientFile)
                .pagesUnder("/", this::besideThePage);
    }

    private HttpResponse page(String moduleUrl) {
        byte[] url = moduleUrl.getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[pageBeforeModule.length + url.length + pageAfterModule.length];
        System.arraycopy(pageBeforeModule, 0, body, 0, pageBeforeModule.length);
        System.arraycopy(url, 0, body, pageBeforeModule.length, url.length);
        System.arraycopy(pageAfterModule, 0, body, pageBeforeModule.length + url.length, pageAfterModule.length);
        return file("index.html", body);
    }

    /** {@code /client/...}: the patched bundle, the vendor module, the {@code _files} folder's other files. */
    private HttpResponse clientFile(PageRequest r) {
        String name = r.request().path().substring(PagePatches.FILES.length());
        if (name.equals(bundleName)) {
            return file(name, bundle);
        }
        byte[] body = files.read(name);
        if (body == null && VENDOR.matcher(name).matches()) {
            body = vendorFallback;
        }
        return body == null ? notFound() : file(name, body);
    }

    /** The operator's files beside the page ({@code img/}, {@code sound/}), but not the page or its folder unpatched. */
    private HttpResponse besideThePage(PageRequest r) {
        String path = r.request().path().substring(1);
        if (path.equals(pageName) || path.equals(filesName) || path.startsWith(filesName + "/")) {
            return notFound();
        }
        byte[] body = root.read(path);
        return body == null ? notFound() : file(path, body);
    }

    private static HttpResponse file(String name, byte[] body) {
        String type = PageFolder.contentType(name);
        boolean code = type.startsWith("text/");
        return HttpResponse.of(200, type, body).withHeader("Cache-Control", code ? "no-cache" : "max-age=3600")
                .withHeader("X-Content-Type-Options", "nosniff");
    }

    private static HttpResponse notFound() {
        return HttpResponse.text(404, "not found\n");
    }
}
