package dev.moomoo.protocol;

import dev.moomoo.net.websocket.Frames;
import org.junit.jupiter.api.Test;
import org.msgpack.core.MessageBufferPacker;
import org.msgpack.core.MessagePack;
import org.msgpack.core.MessagePacker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/** The update's own encoder writes exactly the bytes the general msgpack path writes for the same values. */
class UpdateEncoderTest {
    private static final double[] EDGE_NUMBERS = {0, -0.0, 1, -1, 31, -32, -33, 127, 128, 255, 256, 65_535, 65_536, -128, -129,
            -32_768, -32_769, 4_294_967_295.0, 4_294_967_296.0, -2_147_483_648.0, -2_147_483_649.0, 0.5, -1.25, 14_399.99,
            Math.PI, 1e7 + 0.5, 1e300, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 9.007199254740992E15};
    private static final int[] EDGE_INTS = {0, 1, -1, 31, -32, -33, 127, 128, -128, -129, 255, 256, 65_535, 65_536, -32_768, -32_769,
            Integer.MAX_VALUE, Integer.MIN_VALUE};
    private static final String[] TEAMS = {null, "", "a", "x".repeat(31), "x".repeat(32), "y".repeat(255), "y".repeat(256), "z".repeat(70_000), "tëam ☃"};

    @Test
    void sameBytesAsTheGeneralPathForEdgeAndRandomValues() {
        Random random = new Random(42);
        ServerCodec codec = new ServerCodec(Profile.ERA_2);
        for (int round = 0; round < 300; round++) {
            int n = round < 20 ? round : random.nextInt(60);
            List<ServerPacket.PlayerState> states = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                states.add(new ServerPacket.PlayerState(anInt(random), aNumber(random), aNumber(random), aNumber(random), anInt(random),
                        anInt(random), anInt(random), TEAMS[random.nextInt(TEAMS.length)], random.nextBoolean(), anInt(random), anInt(random),
                        anInt(random), anInt(random)));
            }
            ServerPacket.UpdatePlayers update = new ServerPacket.UpdatePlayers(states);
            byte[] general = new MsgpackWriter(true).message(codec.code(update), codec.args(update));
            assertArrayEquals(general, codec.encode(update), "round " + round + " with " + n + " players");
            assertArrayEquals(Frames.binary(general), codec.frame(update), "the frame around it");
            UpdateEncoder reused = codec.encodeUpdate(states);
            assertArrayEquals(general, Arrays.copyOf(reused.buffer(), reused.length()), "the tick's reused encoder");
            assertArrayEquals(independently(codec.code(update), states), general, "as msgpack-core writes the convention");
        }
    }

    /**
     * The update written by msgpack-core's packer (an independent writer) in the documented convention:
     * narrowest integers, non-integral numbers as float32 (float64 when far beyond float32's reach),
     * flags as booleans, no team as nil; one argument, the flat list.
     */
    private static byte[] independently(String code, List<ServerPacket.PlayerState> states) {
        try (MessageBufferPacker p = MessagePack.newDefaultBufferPacker()) {
            p.packArrayHeader(2).packString(code).packArrayHeader(1).packArrayHeader(13 * states.size());
            for (ServerPacket.PlayerState s : states) {
                p.packLong(s.sid());
                number(p, s.x());
                number(p, s.y());
                number(p, s.dir());
                p.packLong(s.buildIndex()).packLong(s.weaponIndex()).packLong(s.weaponVariant());
                if (s.team() == null) {
                    p.packNil();
                } else {
                    p.packString(s.team());
                }
                p.packBoolean(s.isLeader()).packLong(s.skinIndex()).packLong(s.tailIndex()).packLong(s.iconIndex()).packLong(s.zIndex());
            }
            return p.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void number(MessagePacker p, double d) throws IOException {
        boolean integral = d == Math.rint(d) && Math.abs(d) < 9.007199254740992E15 && !(d == 0 && 1 / d < 0);
        if (integral) {
            p.packLong((long) d);
        } else if ((float) d == d || Math.abs(d) < 1e7) {
            p.packFloat((float) d);
        } else {
            p.packDouble(d);
        }
    }

    private static int anInt(Random random) {
        return random.nextBoolean() ? EDGE_INTS[random.nextInt(EDGE_INTS.length)] : random.nextInt();
    }

    private static double aNumber(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> EDGE_NUMBERS[random.nextInt(EDGE_NUMBERS.length)];
            case 1 -> random.nextDouble() * 14_400;
            default -> random.nextInt(20_000) - 10_000;
        };
    }
}
