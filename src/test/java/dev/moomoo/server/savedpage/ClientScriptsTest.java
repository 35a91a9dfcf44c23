package dev.moomoo.server.savedpage;

import dev.moomoo.testing.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The scripts this server writes for the saved page, run in Node: the vendor module the page imports
 * when the folder lacks its own (its Encoder and Decoder give the protocol description's example body
 * of a spawn, {@code 93 10 91 83 a4 name a7 rc19bot a7 moofoll c0 a4 skin 00 02}, and read it back; the
 * word filter does what the page asks of it; the process shim answers {@code argv}), and the stand-ins
 * (a menu that waits for {@code FRVR.bootstrapper.init()}, a Turnstile that hands out tokens, ads that
 * go on at once). Node is required (.ci/run installs it): without it this test fails, it never skips.
 */
class ClientScriptsTest {
    private static final String VENDOR_DRIVER = """
            import { p, E, D, L } from "./vendor.mjs";
            const hex = (b) => Buffer.from(b).toString("hex");
            const spawn = [16, [{ name: "rc19bot", moofoll: null, skin: 0 }], 2];
            const body = new E().encode(spawn);
            console.log("uint8 " + (body instanceof Uint8Array));
            console.log("spawn " + hex(body));
            const back = new D().decode(body);
            console.log("back " + JSON.stringify(back));
            console.log("from-arraybuffer " + JSON.stringify(new D().decode(body.buffer.slice(body.byteOffset, body.byteOffset + body.length))));
            const framed = new Uint8Array([0xff, ...body]).subarray(1);
            console.log("from-view " + JSON.stringify(new D().decode(framed)));
            console.log("aim " + hex(new E().encode([15, [-2.63], 3])));
            console.log("float32 " + new D().decode(Uint8Array.from([0xca, 0x3f, 0xc0, 0x00, 0x00])));
            console.log("big " + hex(new E().encode([300, 70000, -1, -200, "x".repeat(40), true, false, undefined])));
            console.log("argv " + p.argv.indexOf("--largeserver"));
            const f = new L();
            f.addWords(...["moo", "Bad"]);
            f.addWords("moo");
            console.log("list " + JSON.stringify(f.list));
            let hit = false;
            for (const w of f.list) if ("xbadx".indexOf(w) != -1) hit = true;
            console.log("contains " + hit);
            console.log("profane " + f.isProfane("a BAD name") + " " + f.isProfane("fine"));
            console.log("clean " + f.clean("so bad here"));
            f.removeWords("bad");
            console.log("removed " + JSON.stringify(f.list));
            """;

    private static final String STAND_INS_DRIVER = """
            import { readFileSync } from "node:fs";
            globalThis.window = globalThis;
            const appended = [];
            globalThis.document = { head: { appendChild: (e) => appended.push(e) }, createElement: (t) => ({ tag: t }) };
            new Function(readFileSync("./stand-ins.js", "utf8"))();
            window.FRVR.config = { gameId: "moomoo" };
            window.FRVR.init("prod");
            window.FRVR.tracker.addExtraFieldFunction(() => {});
            await window.FRVR.bootstrapper.init();
            await window.FRVR.bootstrapper.complete();
            console.log("profile " + JSON.stringify(window.FRVR.profile.name()));
            console.log("auth " + (window.FRVR.auth === undefined));
            const tokens = [];
            const id = window.turnstile.render({}, { sitekey: "x", callback: (t) => tokens.push(t) });
            console.log("id " + (id != null) + " sync " + tokens.length);
            await new Promise((r) => setTimeout(r, 0));
            window.turnstile.reset(id);
            await new Promise((r) => setTimeout(r, 0));
            console.log("tokens " + tokens.length + " fresh " + (tokens[0] !== tokens[1]) + " shape " + /^stand-in\\.[a-z0-9]+$/.test(tokens[0]));
            let went = false;
            await window.FRVR.ads.show("interstitial", () => { went = true; });
            await new Promise((r) => setTimeout(r, 0));
            console.log("ad " + went);
            const h = new window.Howl({ src: ".././sound/1.mp3" });
            h.play(); h.volume(0.5); h.loop(true); h.mute(true); h.stop();
            console.log("howl " + h.volume() + " " + h.loop() + " " + h.mute());
            console.log("notes " + appended.length + " " + /not available on this server/.test(appended[0].textContent));
            """;

    @Test
    void theVendorModuleEncodesAndDecodesAsThePageNeedsAndFiltersWords(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("vendor.mjs"), ClientScripts.vendorModule());
        List<String> out = node(dir, VENDOR_DRIVER);
        String back = "[16,[{\"name\":\"rc19bot\",\"moofoll\":null,\"skin\":0}],2]";
        assertEquals(List.of(
                "uint8 true",
                "spawn 93109183a46e616d65a772633139626f74a76d6f6f666f6c6cc0a4736b696e0002",
                "back " + back,
                "from-arraybuffer " + back,
                "from-view " + back,
                // a non-integer goes out as float64 (0xcb), as msgpack's default Encoder writes it
                "aim 930f91cbc0050a3d70a3d70a03",
                "float32 1.5",
                "big 98cd012cce00011170ffd1ff38d928" + "78".repeat(40) + "c3c2c0",
                "argv -1",
                "list [\"moo\",\"bad\"]",
                "contains true",
                "profane true false",
                "clean so *** here",
                "removed [\"moo\"]"), out);
    }

    @Test
    void theStandInsLetAGuestReachTheMenuAndPlay(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("stand-ins.js"), ClientScripts.standIns());
        assertEquals(List.of(
                "profile \"\"",
                "auth true",
                "id true sync 0",
                "tokens 2 fresh true shape true",
                "ad true",
                "howl 0.5 true true",
                "notes 1 true"), node(dir, STAND_INS_DRIVER));
    }

    private static List<String> node(Path dir, String driver) throws IOException, InterruptedException {
        Files.writeString(dir.resolve("driver.mjs"), driver);
        return Node.run(dir, List.of("driver.mjs"), driver);
    }
}
