package dev.moomoo.server;

import dev.moomoo.net.http.HttpRequest;
import dev.moomoo.net.http.HttpResponse;
import dev.moomoo.protocol.Profile;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The own browser client as the port serves it: its modules, nothing outside its folder, and the codes it speaks. */
class WebClientPagesTest {
    private static final Pattern IMPORT = Pattern.compile("(?:from|import)\\s+'(\\./[^']+|\\.\\./[^']+)'");

    private static HttpResponse get(Routes routes, String path) {
        Function<PageRequest, HttpResponse> page = routes.page(path);
        if (page == null) {
            return HttpResponse.text(404, "no route\n");
        }
        return page.apply(new PageRequest(new HttpRequest("GET", path, "HTTP/1.1", List.of(), new byte[0]), InetAddress.getLoopbackAddress()));
    }

    private static String body(HttpResponse r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    private static Routes era(int era) {
        return WebClientPages.addTo(new Routes(), Profile.forEra(era).codes(), true);
    }

    @Nested
    class TheModules {
        @Test
        void thePageLoadsItsEntryModule() {
            HttpResponse page = get(era(2), "/");
            assertEquals(200, page.status());
            assertEquals("text/html; charset=utf-8", page.headers().get("Content-Type"));
            assertTrue(body(page).contains("<script type=\"module\" src=\"main.js\"></script>"), body(page));
            assertTrue(body(page).contains("<link rel=\"stylesheet\" href=\"style.css\">"), "relative, so the page works at /own/ too: " + body(page));
            assertEquals(200, get(era(2), "/index.html").status());
            assertEquals("text/css; charset=utf-8", get(era(2), "/style.css").headers().get("Content-Type"));
        }

        /** Walks the imports from the entry module: every module a browser would ask for is served as JavaScript. */
        @Test
        void everyModuleTheEntryImportsIsServedAsJavaScript() {
            Routes routes = era(2);
            Set<String> seen = new LinkedHashSet<>();
            Deque<String> todo = new ArrayDeque<>(List.of("/main.js"));
            while (!todo.isEmpty()) {
                String path = todo.pop();
                if (!seen.add(path)) {
                    continue;
                }
                HttpResponse r = get(routes, path);
                assertEquals(200, r.status(), path);
                assertEquals("text/javascript; charset=utf-8", r.headers().get("Content-Type"), path);
                assertEquals("no-cache", r.headers().get("Cache-Control"), path);
                Matcher m = IMPORT.matcher(body(r));
                while (m.find()) {
                    todo.push(resolve(path, m.group(1)));
                }
            }
            // the page's parts and the art's sections, each a module of its own
            for (String module : List.of("/game.js", "/view.js", "/hud.js", "/input.js", "/msgpack.js", "/art/index.js", "/art/palette.js",
                    "/art/ground.js", "/art/nature.js", "/art/buildings.js", "/art/animals.js", "/art/weapons.js", "/art/hats.js",
                    "/art/accessories.js", "/art/players.js", "/art/icons.js")) {
                assertTrue(seen.contains(module), module + " is reached from /main.js: " + seen);
            }
        }

        private static String resolve(String from, String relative) {
            String dir = from.substring(0, from.lastIndexOf('/') + 1);
            String path = dir + relative;
            path = path.replace("/./", "/");
            while (path.contains("/../")) {
                path = path.replaceFirst("/[^/]+/\\.\\./", "/");
            }
            return path;
        }
    }

    @Nested
    class OnlyTheFolder {
        @ParameterizedTest
        @ValueSource(strings = {"/../protocol/codes.tsv", "/art/../index.html", "/art/../../game/items.tsv", "/%2e%2e/index.html",
                "/art/%2e%2e/main.js", "/..%2fprotocol/codes.tsv", "/art//index.js", "//main.js", "/.hidden.js", "/art/.index.js",
                "/ART/index.js", "/Main.js", "/art/", "/art", "/nothing.js", "/art/nothing.js", "/index.html.bak", "/main.js.map",
                "/dev/moomoo/server/Main.class", "/../../dev/moomoo/server/Main.class", "/art\\index.js", "/main.js%00.html"})
        void pathsThatLeaveTheFolderOrNameNoFileAre404(String path) {
            for (String at : List.of(path, "/own" + path)) {
                HttpResponse r = get(era(2), at);
                assertEquals(404, r.status(), at);
                assertEquals("not found\n", body(r), at);
            }
        }

        @Test
        void aVeryLongNameIs404WithoutALookUp() {
            assertEquals(404, get(era(2), "/" + "a".repeat(300) + ".js").status());
        }

        @Test
        void aPageOfItsOwnComesBeforeTheFolderAndTheLongestFolderWins() {
            Routes routes = new Routes()
                    .pagesUnder("/", r -> HttpResponse.text(200, "root\n"))
                    .pagesUnder("/art/", r -> HttpResponse.text(200, "art\n"))
                    .page("/art/exact.js", r -> HttpResponse.text(200, "exact\n"));
            assertEquals("exact\n", body(get(routes, "/art/exact.js")));
            assertEquals("art\n", body(get(routes, "/art/other.js")));
            assertEquals("root\n", body(get(routes, "/artist.js")));
            assertNull(new Routes().page("/anything"), "no folder: no page");
            assertThrows(IllegalArgumentException.class, () -> new Routes().pagesUnder("/art", r -> null));
        }
    }

    /** Where the own client is: at /own/ always, and at / too unless a saved page of the current client is served there. */
    @Nested
    class ItsPlace {
        @Test
        void atOwnTheSamePageAndModulesAsAtTheRoot() {
            Routes routes = era(2);
            assertEquals(body(get(routes, "/")), body(get(routes, "/own/")));
            for (String file : List.of("main.js", "style.css", "art/index.js", "msgpack.js")) {
                assertEquals(body(get(routes, "/" + file)), body(get(routes, "/own/" + file)), file);
                assertEquals(200, get(routes, "/own/" + file).status(), file);
            }
        }

        @Test
        void besideASavedPageOnlyAtOwnWithItsTablesAtTheRoot() {
            Routes routes = WebClientPages.addTo(new Routes(), Profile.forEra(2).codes(), false);
            assertNull(routes.page("/"), "the saved page's");
            assertNull(routes.page("/main.js"));
            assertEquals(200, get(routes, "/own/").status());
            assertEquals(200, get(routes, "/own/main.js").status());
            assertEquals(200, get(routes, "/protocol.json").status(), "the page fetches /protocol.json from the root");
            HttpResponse redirect = get(routes, "/own");
            assertEquals(301, redirect.status(), "its files are named relatively: /own must be /own/");
            assertEquals("/own/", redirect.headers().get("Location"));
        }
    }

    /** The codes of src/site/protocol.md#codes, one table per era, by the kind names of codes.tsv. */
    @Nested
    class TheCodes {
        static Stream<Arguments> tables() {
            return Stream.of(
                    arguments(2, "{\"client\":{\"SPAWN\":\"M\",\"AIM\":\"D\",\"MOVE\":\"9\",", List.of("\"ATTACK\":\"F\"", "\"SELECT\":\"z\"",
                            "\"STORE\":\"c\"", "\"PING\":\"0\"", "\"server\":{\"IO_INIT\":\"io-init\"", "\"SETUP_GAME\":\"C\"", "\"ADD_PLAYER\":\"D\"",
                            "\"UPDATE_PLAYERS\":\"a\"", "\"UPDATE_ANIMALS\":\"I\"", "\"MAP_PING\":\"9\"", "\"PONG\":\"0\"")),
                    arguments(1, "{\"client\":{\"SPAWN\":\"sp\",\"AIM\":\"2\",\"MOVE\":\"33\",", List.of("\"RESET_MOVE\":\"rmd\"", "\"STORE\":\"13c\"",
                            "\"CHAT\":\"ch\"", "\"PING\":\"pp\"", "\"server\":{\"IO_INIT\":\"io-init\"", "\"TRIBE_LIST\":\"id\"", "\"SETUP_GAME\":\"1\"",
                            "\"UPDATE_PLAYERS\":\"33\"", "\"UPDATE_ANIMALS\":\"a\"", "\"TURRET_SHOT\":\"sp\"", "\"PONG\":\"pp\"")));
        }

        /** Era 2 is what the current client speaks, era 1 the 2018 codes; the same code means other kinds per direction. */
        @ParameterizedTest(name = "era {0}")
        @MethodSource("tables")
        void eachEraGivesItsCodesBothWays(int era, String start, List<String> pairs) {
            HttpResponse r = get(era(era), "/protocol.json");
            assertEquals(200, r.status());
            assertEquals("application/json; charset=utf-8", r.headers().get("Content-Type"));
            String json = body(r);
            assertTrue(json.startsWith(start), json);
            for (String pair : pairs) {
                assertTrue(json.contains(pair), pair + " in " + json);
            }
        }

        @Test
        void everyKindOfTheTableIsListedOnceWithACode() {
            for (int era : new int[] {1, 2}) {
                String json = body(get(era(era), "/protocol.json"));
                String client = json.substring(json.indexOf("\"client\":{"), json.indexOf("},\"server\""));
                String server = json.substring(json.indexOf("\"server\":{"));
                // 17 packets a client sends and 37 the server sends (src/site/protocol.md#codes)
                assertEquals(17, client.split("\":\"").length - 1, client);
                assertEquals(37, server.split("\":\"").length - 1, server);
                assertFalse(json.contains("null"), "every kind has a code: " + json);
            }
        }
    }
}
