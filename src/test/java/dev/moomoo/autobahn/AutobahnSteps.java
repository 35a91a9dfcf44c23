package dev.moomoo.autobahn;

import dev.moomoo.autobahn.AutobahnCase.Close;
import dev.moomoo.autobahn.AutobahnCase.Expect;
import dev.moomoo.autobahn.AutobahnCase.Fail;
import dev.moomoo.autobahn.AutobahnCase.Send;
import dev.moomoo.autobahn.AutobahnCase.Step;
import dev.moomoo.net.websocket.Opcode;
import dev.moomoo.testing.TestFrames;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import static dev.moomoo.testing.TestFrames.frame;

/**
 * What the cases of {@link AutobahnCases} are written with: payloads, frames sent (whole or in pieces),
 * frames expected back, and the three ways a case ends (a clean close, the server failing the
 * connection, the server refusing the client's Close).
 */
final class AutobahnSteps {

    private AutobahnSteps() {
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] hex(String h) {
        return HexFormat.of().parseHex(h);
    }

    static byte[] repeat(byte b, int n) {
        byte[] a = new byte[n];
        Arrays.fill(a, b);
        return a;
    }

    static Send send(TestFrames f) {
        return new Send(f.bytes(), 0);
    }

    static Send send(TestFrames f, int chop) {
        return new Send(f.bytes(), chop);
    }

    static Send sendText(String s) {
        return send(frame(Opcode.TEXT).payload(s));
    }

    static Expect text(String s) {
        return new Expect(Opcode.TEXT, utf8(s));
    }

    static Expect text(byte[] b) {
        return new Expect(Opcode.TEXT, b);
    }

    static Expect binary(byte[] b) {
        return new Expect(Opcode.BINARY, b);
    }

    static Expect pong(byte[] b) {
        return new Expect(Opcode.PONG, b);
    }

    static byte[] closePayload(int code, byte[] reason) {
        byte[] p = new byte[2 + reason.length];
        p[0] = (byte) (code >> 8);
        p[1] = (byte) code;
        System.arraycopy(reason, 0, p, 2, reason.length);
        return p;
    }

    static Close close(int code) {
        return new Close(frame(Opcode.CLOSE).payload(closePayload(code, new byte[0])).bytes(), code);
    }

    private static final Close NORMAL = close(1000);

    static AutobahnCase clean(String id, Step... steps) {
        List<Step> all = new ArrayList<>(List.of(steps));
        all.add(NORMAL);
        return new AutobahnCase(id, all);
    }

    static AutobahnCase failing(String id, int code, Step... steps) {
        List<Step> all = new ArrayList<>(List.of(steps));
        all.add(new Fail(code));
        return new AutobahnCase(id, all);
    }

    /** A case whose Close the server must refuse: it answers with {@code code} and closes TCP without waiting. */
    static AutobahnCase refusedClose(String id, int code, Step send) {
        return new AutobahnCase(id, List.of(send, new AutobahnCase.FailAfterPeerClose(code)));
    }

    static AutobahnCase of(String id, Step... steps) {
        return new AutobahnCase(id, List.of(steps));
    }
}
