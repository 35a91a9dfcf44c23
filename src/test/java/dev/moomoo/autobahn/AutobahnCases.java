package dev.moomoo.autobahn;

import dev.moomoo.autobahn.AutobahnCase.Close;
import dev.moomoo.autobahn.AutobahnCase.Expect;
import dev.moomoo.autobahn.AutobahnCase.Fail;
import dev.moomoo.autobahn.AutobahnCase.Send;
import dev.moomoo.autobahn.AutobahnCase.Step;
import dev.moomoo.net.websocket.Opcode;
import dev.moomoo.testing.TestFrames;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import static dev.moomoo.autobahn.AutobahnSteps.*;
import static dev.moomoo.testing.TestFrames.frame;

/**
 * The Autobahn|Testsuite cases of groups 1 to 7, 9 (at full size: messages up to 16 MiB, 1000 of
 * them in the 9.7 and 9.8 cases) and 10, written from the suite's published case descriptions (what
 * each sends, what it expects).
 */
final class AutobahnCases {

    private AutobahnCases() {
    }

    static List<AutobahnCase> all() {
        List<AutobahnCase> c = new ArrayList<>();
        group1(c);
        group2(c);
        group3(c);
        group4(c);
        group5(c);
        group6(c);
        group7(c);
        group9(c);
        group10(c);
        return c;
    }

    /** Framing: text and binary messages of lengths around the length encodings' edges. */
    private static void group1(List<AutobahnCase> all) {
        List<AutobahnCase> c = new ArrayList<>();
        int[] lengths = {0, 125, 126, 127, 128, 65535, 65536, 65536};
        for (int i = 0; i < lengths.length; i++) {
            int chop = i == 7 ? 997 : 0;
            byte[] t = repeat((byte) '*', lengths[i]);
            c.add(clean("1.1." + (i + 1), send(frame(Opcode.TEXT).payload(t), chop), text(t)));
            byte[] b = repeat((byte) 0xFE, lengths[i]);
            c.add(clean("1.2." + (i + 1), send(frame(Opcode.BINARY).payload(b), chop), binary(b)));
        }
        c.sort(Comparator.comparing(AutobahnCase::id));
        all.addAll(c);
    }

    /** Pings and pongs. */
    private static void group2(List<AutobahnCase> c) {
        c.add(clean("2.1", send(frame(Opcode.PING)), pong(new byte[0])));
        c.add(clean("2.2", send(frame(Opcode.PING).payload("Hello, world!")), pong(utf8("Hello, world!"))));
        byte[] bin = hex("00fffefdfcfb00ff");
        c.add(clean("2.3", send(frame(Opcode.PING).payload(bin)), pong(bin)));
        byte[] p125 = repeat((byte) 0xFE, 125);
        c.add(clean("2.4", send(frame(Opcode.PING).payload(p125)), pong(p125)));
        c.add(failing("2.5", 1002, send(frame(Opcode.PING).payload(repeat((byte) 0xFE, 126)))));
        c.add(clean("2.6", send(frame(Opcode.PING).payload(p125), 1), pong(p125)));
        c.add(clean("2.7", send(frame(Opcode.PONG))));
        c.add(clean("2.8", send(frame(Opcode.PONG).payload("unsolicited pong payload"))));
        c.add(clean("2.9", send(frame(Opcode.PONG).payload("unsolicited pong payload")),
                send(frame(Opcode.PING).payload("ping payload")), pong(utf8("ping payload"))));
        for (String id : List.of("2.10", "2.11")) {
            List<Step> steps = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                steps.add(send(frame(Opcode.PING).payload("payload-" + i), id.equals("2.11") ? 1 : 0));
            }
            for (int i = 0; i < 10; i++) {
                steps.add(pong(utf8("payload-" + i)));
            }
            c.add(clean(id, steps.toArray(Step[]::new)));
        }
    }

    /** Reserved bits. */
    private static void group3(List<AutobahnCase> c) {
        c.add(failing("3.1", 1002, send(frame(Opcode.TEXT).rsv(1).payload("Hello, world!"))));
        c.add(failing("3.2", 1002, sendText("Hello, world!"), text("Hello, world!"),
                send(frame(Opcode.TEXT).rsv(2).payload("Hello, world!")), send(frame(Opcode.PING))));
        c.add(failing("3.3", 1002, sendText("Hello, world!"), text("Hello, world!"),
                send(frame(Opcode.TEXT).rsv(3).payload("Hello, world!")), send(frame(Opcode.PING))));
        c.add(failing("3.4", 1002, send(frame(Opcode.TEXT).payload("Hello, world!"), 1), text("Hello, world!"),
                send(frame(Opcode.TEXT).rsv(4).payload("Hello, world!"), 1), send(frame(Opcode.PING), 1)));
        c.add(failing("3.5", 1002, send(frame(Opcode.BINARY).rsv(5).payload(hex("00fffefdfcfb00ff")))));
        c.add(failing("3.6", 1002, send(frame(Opcode.PING).rsv(6).payload("Hello, world!"))));
        c.add(failing("3.7", 1002, send(frame(Opcode.CLOSE).rsv(7).payload(closePayload(1000, new byte[0])))));
    }

    /** Reserved opcodes. */
    private static void group4(List<AutobahnCase> c) {
        int[][] groups = {{3, 4, 5, 6, 7}, {11, 12, 13, 14, 15}};
        for (int g = 0; g < 2; g++) {
            int[] ops = groups[g];
            String prefix = "4." + (g + 1) + ".";
            c.add(failing(prefix + 1, 1002, send(frame(ops[0]))));
            c.add(failing(prefix + 2, 1002, send(frame(ops[1]).payload("reserved opcode payload"))));
            c.add(failing(prefix + 3, 1002, sendText("Hello, world!"), text("Hello, world!"), send(frame(ops[2])), send(frame(Opcode.PING))));
            c.add(failing(prefix + 4, 1002, sendText("Hello, world!"), text("Hello, world!"),
                    send(frame(ops[3]).payload("reserved opcode payload")), send(frame(Opcode.PING))));
            c.add(failing(prefix + 5, 1002, sendText("Hello, world!"), text("Hello, world!"),
                    send(frame(ops[4]).payload("reserved opcode payload")), send(frame(Opcode.PING))));
        }
    }

    /** Fragmentation. */
    private static void group5(List<AutobahnCase> c) {
        c.add(failing("5.1", 1002, send(frame(Opcode.PING).fin(false).payload("fragment1")),
                send(frame(Opcode.CONTINUATION).payload("fragment2"))));
        c.add(failing("5.2", 1002, send(frame(Opcode.PONG).fin(false).payload("fragment1")),
                send(frame(Opcode.CONTINUATION).payload("fragment2"))));
        int[] chops = {0, 0, 1}; // 5.3 whole writes, 5.4 frame by frame, 5.5 byte by byte
        for (int i = 0; i < 3; i++) {
            c.add(clean("5." + (3 + i), send(frame(Opcode.TEXT).fin(false).payload("fragment1"), chops[i]),
                    send(frame(Opcode.CONTINUATION).payload("fragment2"), chops[i]), text("fragment1fragment2")));
        }
        for (int i = 0; i < 3; i++) {
            c.add(clean("5." + (6 + i), send(frame(Opcode.TEXT).fin(false).payload("fragment1"), chops[i]),
                    send(frame(Opcode.PING).payload("ping payload"), chops[i]),
                    send(frame(Opcode.CONTINUATION).payload("fragment2"), chops[i]),
                    pong(utf8("ping payload")), text("fragment1fragment2")));
        }
        for (int i = 0; i < 3; i++) {
            c.add(failing("5." + (9 + i), 1002, send(frame(Opcode.CONTINUATION).payload("non-continuation payload"), chops[i]),
                    send(frame(Opcode.TEXT).payload("Hello, world!"), chops[i])));
        }
        for (int i = 0; i < 3; i++) {
            c.add(failing("5." + (12 + i), 1002, send(frame(Opcode.CONTINUATION).fin(false).payload("non-continuation payload"), chops[i]),
                    send(frame(Opcode.TEXT).payload("Hello, world!"), chops[i])));
        }
        c.add(failing("5.15", 1002, send(frame(Opcode.TEXT).fin(false).payload("fragment1")),
                send(frame(Opcode.CONTINUATION).payload("fragment2")), text("fragment1fragment2"),
                send(frame(Opcode.CONTINUATION).fin(false).payload("fragment3")), send(frame(Opcode.TEXT).payload("fragment4"))));
        for (int i = 0; i < 2; i++) {
            boolean firstFin = i == 1; // 5.16: continuation without FIN first; 5.17: with FIN
            List<Step> steps = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                steps.add(send(frame(Opcode.CONTINUATION).fin(firstFin).payload("fragment1")));
                steps.add(send(frame(Opcode.TEXT).fin(false).payload("fragment2")));
                steps.add(send(frame(Opcode.CONTINUATION).payload("fragment3")));
            }
            c.add(failing("5." + (16 + i), 1002, steps.toArray(Step[]::new)));
        }
        c.add(failing("5.18", 1002, send(frame(Opcode.TEXT).fin(false).payload("fragment1")), send(frame(Opcode.TEXT).payload("fragment2"))));
        for (int i = 0; i < 2; i++) {
            int chop = i == 0 ? 0 : 1;
            c.add(clean("5." + (19 + i),
                    send(frame(Opcode.TEXT).fin(false).payload("fragment1"), chop),
                    send(frame(Opcode.CONTINUATION).fin(false).payload("fragment2"), chop),
                    send(frame(Opcode.PING).payload("pongme 1!"), chop),
                    pong(utf8("pongme 1!")),
                    send(frame(Opcode.CONTINUATION).fin(false).payload("fragment3"), chop),
                    send(frame(Opcode.CONTINUATION).fin(false).payload("fragment4"), chop),
                    send(frame(Opcode.PING).payload("pongme 2!"), chop),
                    pong(utf8("pongme 2!")),
                    send(frame(Opcode.CONTINUATION).payload("fragment5"), chop),
                    text("fragment1fragment2fragment3fragment4fragment5")));
        }
    }

    /** UTF-8 handling. */
    private static void group6(List<AutobahnCase> c) {
        c.add(clean("6.1.1", send(frame(Opcode.TEXT)), text("")));
        c.add(clean("6.1.2", send(frame(Opcode.TEXT).fin(false)), send(frame(Opcode.CONTINUATION).fin(false)),
                send(frame(Opcode.CONTINUATION)), text("")));
        c.add(clean("6.1.3", send(frame(Opcode.TEXT).fin(false)), send(frame(Opcode.CONTINUATION).fin(false).payload("middle frame payload")),
                send(frame(Opcode.CONTINUATION)), text("middle frame payload")));

        byte[] hello = utf8("Hello-µ@ßöäüàá-UTF-8!!");
        c.add(clean("6.2.1", send(frame(Opcode.TEXT).payload(hello)), text(hello)));
        int boundary = utf8("Hello-µ@").length;
        c.add(clean("6.2.2", send(frame(Opcode.TEXT).fin(false).payload(Arrays.copyOfRange(hello, 0, boundary))),
                send(frame(Opcode.CONTINUATION).payload(Arrays.copyOfRange(hello, boundary, hello.length))), text(hello)));
        c.add(clean("6.2.3", bytewiseFragments(hello).toArray(Step[]::new)));
        c.getLast().steps().add(c.getLast().steps().size() - 1, text(hello));
        byte[] kosme = hex("cebae1bdb9cf83cebcceb5");
        c.add(clean("6.2.4", bytewiseFragments(kosme).toArray(Step[]::new)));
        c.getLast().steps().add(c.getLast().steps().size() - 1, text(kosme));

        byte[] invalid = hex("cebae1bdb9cf83cebcceb5eda080656469746564");
        c.add(failing("6.3.1", 1007, send(frame(Opcode.TEXT).payload(invalid))));
        c.add(failing("6.3.2", 1007, bytewiseFragments(invalid).toArray(Step[]::new)));

        // 6.4: fail fast. The Close must arrive after the bad part and before the rest is sent.
        c.add(of("6.4.1", send(frame(Opcode.TEXT).fin(false).payload(hex("cebae1bdb9cf83cebcceb5"))),
                send(frame(Opcode.CONTINUATION).fin(false).payload(hex("f4908080"))), new Fail(1007)));
        c.add(of("6.4.2", send(frame(Opcode.TEXT).fin(false).payload(hex("cebae1bdb9cf83cebcceb5f4"))),
                send(frame(Opcode.CONTINUATION).fin(false).payload(hex("90"))), new Fail(1007)));
        byte[] whole = frame(Opcode.TEXT).payload(hex("cebae1bdb9cf83cebcceb5f4908080656469746564")).bytes();
        int header = whole.length - 21; // the payload is 11 + 4 + 6 bytes
        c.add(of("6.4.3", new Send(Arrays.copyOfRange(whole, 0, header + 11), 0),
                new Send(Arrays.copyOfRange(whole, header + 11, header + 15), 0),
                new AutobahnCase.FailMidFrame(Arrays.copyOfRange(whole, header + 15, whole.length), 1007)));
        c.add(of("6.4.4", new Send(Arrays.copyOfRange(whole, 0, header + 12), 0),
                new Send(Arrays.copyOfRange(whole, header + 12, header + 13), 0),
                new AutobahnCase.FailMidFrame(Arrays.copyOfRange(whole, header + 13, whole.length), 1007)));

        int category = 5;
        for (List<Vector> vectors : Utf8Vectors.CATEGORIES) {
            int n = 1;
            for (Vector v : vectors) {
                String id = "6." + category + "." + n++;
                c.add(v.valid() ? clean(id, send(frame(Opcode.TEXT).payload(v.bytes())), text(v.bytes()))
                        : failing(id, 1007, send(frame(Opcode.TEXT).payload(v.bytes()))));
            }
            category++;
        }
    }

    record Vector(boolean valid, byte[] bytes) {
    }

    private static List<Step> bytewiseFragments(byte[] payload) {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < payload.length; i++) {
            int opcode = i == 0 ? Opcode.TEXT : Opcode.CONTINUATION;
            steps.add(send(frame(opcode).fin(i == payload.length - 1).payload(new byte[] {payload[i]})));
        }
        return steps;
    }

    /** Close handling. */
    private static void group7(List<AutobahnCase> c) {
        c.add(clean("7.1.1", sendText("Hello World!"), text("Hello World!")));
        byte[] closeNormal = frame(Opcode.CLOSE).payload(closePayload(1000, new byte[0])).bytes();
        // 7.1.2-7.1.5: after the client's Close, what follows it is ignored; the server echoes the Close only.
        c.add(of("7.1.2", new Close(TestFrames.concat(closeNormal, closeNormal), 1000)));
        c.add(of("7.1.3", new Close(TestFrames.concat(closeNormal, frame(Opcode.PING).payload("Hello World!").bytes()), 1000)));
        c.add(of("7.1.4", new Close(TestFrames.concat(closeNormal, frame(Opcode.TEXT).payload("Hello World!").bytes()), 1000)));
        c.add(of("7.1.5", send(frame(Opcode.TEXT).fin(false).payload("fragment1")),
                new Close(TestFrames.concat(closeNormal, frame(Opcode.CONTINUATION).payload("fragment2").bytes()), 1000)));
        byte[] big = repeat((byte) 'B', 262_144); // 256 KiB, as the suite sends
        c.add(of("7.1.6", send(frame(Opcode.TEXT).payload(big)), text(big),
                new Close(TestFrames.concat(closeNormal, frame(Opcode.PING).payload("Hello World!").bytes()), 1000)));

        c.add(of("7.3.1", new Close(frame(Opcode.CLOSE).bytes(), -1)));
        c.add(refusedClose("7.3.2", 1002, send(frame(Opcode.CLOSE).payload(new byte[] {0x03}))));
        c.add(of("7.3.3", close(1000)));
        c.add(of("7.3.4", new Close(frame(Opcode.CLOSE).payload(closePayload(1000, utf8("Hello World!"))).bytes(), 1000)));
        c.add(of("7.3.5", new Close(frame(Opcode.CLOSE).payload(closePayload(1000, repeat((byte) '*', 123))).bytes(), 1000)));
        c.add(refusedClose("7.3.6", 1002, send(frame(Opcode.CLOSE).payload(closePayload(1000, repeat((byte) '*', 124))))));
        c.add(refusedClose("7.5.1", 1007, send(frame(Opcode.CLOSE).payload(closePayload(1000, hex("cebae1bdb9cf83cebcceb5eda080656469746564"))))));

        int[] valid = {1000, 1001, 1002, 1003, 1007, 1008, 1009, 1010, 1011, 3000, 3999, 4000, 4999};
        for (int i = 0; i < valid.length; i++) {
            c.add(of("7.7." + (i + 1), close(valid[i])));
        }
        int[] invalid = {0, 999, 1004, 1005, 1006, 1016, 1100, 2000, 2999};
        for (int i = 0; i < invalid.length; i++) {
            c.add(refusedClose("7.9." + (i + 1), 1002, send(frame(Opcode.CLOSE).payload(closePayload(invalid[i], new byte[0])))));
        }
        c.add(refusedClose("7.13.1", 1002, send(frame(Opcode.CLOSE).payload(closePayload(5000, new byte[0])))));
        c.add(refusedClose("7.13.2", 1002, send(frame(Opcode.CLOSE).payload(closePayload(65535, new byte[0])))));
    }

    /** Limits and performance, at the suite's sizes (the README's conformance flags allow 16 MiB). */
    private static void group9(List<AutobahnCase> all) {
        List<AutobahnCase> c = new ArrayList<>();
        int[] sizes = {65536, 262144, 1048576, 4194304, 8388608, 16777216};
        for (int i = 0; i < sizes.length; i++) {
            int n = sizes[i];
            byte[] t = repeat((byte) '*', n);
            c.add(clean("9.1." + (i + 1), send(frame(Opcode.TEXT).payload(t)), text(t)));
            byte[] b = repeat((byte) 0xFE, n);
            c.add(clean("9.2." + (i + 1), send(frame(Opcode.BINARY).payload(b)), binary(b)));
        }
        int[] fragments = {64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304};
        int total = 4194304;
        for (int i = 0; i < fragments.length; i++) {
            int fragment = fragments[i];
            c.add(clean("9.3." + (i + 1), fragmented(Opcode.TEXT, repeat((byte) '*', total), fragment)));
            c.add(clean("9.4." + (i + 1), fragmented(Opcode.BINARY, repeat((byte) 0xFE, total), fragment)));
        }
        int[] chops = {64, 128, 256, 512, 1024, 2048};
        int chopped = 1048576;
        for (int i = 0; i < chops.length; i++) {
            byte[] t = repeat((byte) '*', chopped);
            c.add(clean("9.5." + (i + 1), send(frame(Opcode.TEXT).payload(t), chops[i]), text(t)));
            byte[] b = repeat((byte) 0xFE, chopped);
            c.add(clean("9.6." + (i + 1), send(frame(Opcode.BINARY).payload(b), chops[i]), binary(b)));
        }
        int[] messageSizes = {0, 16, 64, 256, 1024, 4096};
        for (int i = 0; i < messageSizes.length; i++) {
            c.add(clean("9.7." + (i + 1), many(Opcode.TEXT, repeat((byte) '*', messageSizes[i]), 1000)));
            c.add(clean("9.8." + (i + 1), many(Opcode.BINARY, repeat((byte) 0xFE, messageSizes[i]), 1000)));
        }
        c.sort(Comparator.comparing(AutobahnCase::id));
        all.addAll(c);
    }

    private static Step[] fragmented(int opcode, byte[] payload, int fragment) {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        for (int off = 0; off < payload.length; off += fragment) {
            int end = Math.min(payload.length, off + fragment);
            wire.writeBytes(frame(off == 0 ? opcode : Opcode.CONTINUATION).fin(end == payload.length)
                    .payload(Arrays.copyOfRange(payload, off, end)).bytes());
        }
        return new Step[] {new Send(wire.toByteArray(), 0), new Expect(opcode, payload)};
    }

    /** The 9.7 and 9.8 cases: {@code count} messages, each echoed before the next is sent. */
    private static Step[] many(int opcode, byte[] payload, int count) {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            steps.add(send(frame(opcode).payload(payload)));
            steps.add(new Expect(opcode, payload));
        }
        return steps.toArray(Step[]::new);
    }

    /** Auto-fragmentation: a 64 KiB message in 1300-byte fragments. */
    private static void group10(List<AutobahnCase> c) {
        c.add(clean("10.1.1", fragmented(Opcode.TEXT, repeat((byte) '*', 65536), 1300)));
    }
}
