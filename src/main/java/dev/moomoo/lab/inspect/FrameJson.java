package dev.moomoo.lab.inspect;

import dev.moomoo.lab.LabFrame;
import dev.moomoo.protocol.ClientKind;
import dev.moomoo.protocol.MsgpackValues;
import dev.moomoo.protocol.PacketException;
import dev.moomoo.protocol.Profile;
import dev.moomoo.protocol.ServerKind;

import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@link LabFrame} as the inspector page gets it: what, where and when, its bytes (base64), and its
 * arguments named by {@link PacketLayouts} when its plaintext reads as a packet of its profile. A frame
 * that does not read (a refused one, most often) keeps its bytes and gets no fields.
 */
final class FrameJson {
    /** Bounds on what the inspector reads: the server's own limits, generous enough for a refused client message too. */
    private static final MsgpackValues.Limits LIMITS = MsgpackValues.Limits.SERVER;

    private FrameJson() {
    }

    /** {@code frame}, numbered {@code seq} in this page's stream. */
    static Map<String, Object> of(long seq, LabFrame frame) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seq", seq);
        m.put("time", frame.epochMillis());
        m.put("tick", frame.tick());
        m.put("world", frame.world());
        m.put("conn", frame.connectionId());
        m.put("player", frame.player());
        m.put("sid", frame.sid());
        m.put("profile", frame.profile());
        m.put("dir", frame.direction() == LabFrame.Direction.IN ? "in" : "out");
        m.put("kind", frame.kind().name());
        m.put("size", frame.wire().length);
        m.put("code", frame.code());
        m.put("reason", frame.reason());
        m.put("fields", fields(frame));
        m.put("wire", Base64.getEncoder().encodeToString(frame.wire()));
        if (frame.plain() != frame.wire() && !Arrays.equals(frame.plain(), frame.wire())) {
            m.put("plain", Base64.getEncoder().encodeToString(frame.plain()));
        }
        return m;
    }

    /**
     * The frame's arguments with their names, or null when it carries no packet of a known code: its
     * plaintext is {@code [code, args]} (or a keyed body, {@code [number, args, seq]}), and its code, its
     * profile and its direction pick the layout.
     */
    static Object fields(LabFrame frame) {
        Layout layout = layout(frame);
        if (layout == null || frame.plain().length == 0) {
            return null;
        }
        try {
            if (MsgpackValues.read(frame.plain(), LIMITS) instanceof List<?> message && message.size() >= 2 && message.get(1) instanceof List<?> args) {
                return Layout.named(layout, args);
            }
        } catch (PacketException e) {
            // not msgpack, or beyond the limits: the page shows its bytes alone
        }
        return null;
    }

    /** The layout of the frame's code in its profile and direction, or null when none has that code. */
    static Layout layout(LabFrame frame) {
        Profile profile = profile(frame.profile());
        if (profile == null || frame.code() == null) {
            return null;
        }
        if (frame.direction() == LabFrame.Direction.IN) {
            ClientKind kind = profile.codes().clientKind(frame.code());
            return kind == null ? null : PacketLayouts.of(kind);
        }
        ServerKind kind = profile.codes().serverKind(frame.code());
        return kind == null ? null : PacketLayouts.of(profile, kind);
    }

    /** The profile of {@code name}: a column of the code table ({@code era1}, {@code era2}, {@code v19}), or a client's version. */
    static Profile profile(String name) {
        for (Profile p : Profile.ALL) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        return switch (name) {
            case "v1.9" -> Profile.V19;
            case "v1.8" -> Profile.ERA_2;
            default -> null;
        };
    }
}
