package dev.moomoo.protocol;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a client sends, decoded: one record per packet, each with its {@link Shape} beside it (how the
 * real client sends its arguments, and how the server reads them). Values are checked in the shape's
 * reader before a record is built, so a record that exists is valid: the tick never sees a malformed
 * packet. {@link ClientKind} lists them.
 *
 * <p>Adding a packet: its record here with its {@code SHAPE}, one line in {@link ClientKind}, one row
 * in {@code codes.tsv}.
 */
public sealed interface ClientPacket {
    /** Longest name the client's input allows. */
    int MAX_NAME = 15;
    /** Longest chat line the client's input allows. */
    int MAX_CHAT = 30;

    /** This packet's line in the registry. */
    default ClientKind kind() {
        return ByRecord.CLIENT.get(getClass());
    }

    /**
     * Spawn request, one map {@code {name, moofoll, skin}}; {@code moofoll} (followed the game) grants
     * starting resources. A missing name is the empty one, a missing skin 0.
     */
    record Spawn(String name, boolean moofoll, int skin) implements ClientPacket {
        static final Shape<Spawn> SHAPE = Shape.of(p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", p.name());
            m.put("moofoll", p.moofoll());
            m.put("skin", p.skin());
            return List.of(m);
        }, a -> {
            Args s = a.arity(1, 1).fields(0, "name", "moofoll", "skin");
            String name = s.isNil(0) ? "" : s.string(0, MAX_NAME);
            int skin = s.isNil(2) ? 0 : s.integer(2, 0, 9);
            return new Spawn(name, s.flag(1), skin);
        });
    }

    record Aim(double angle) implements ClientPacket {
        static final Shape<Aim> SHAPE = Shape.of(p -> List.of(p.angle()), a -> new Aim(a.arity(1, 1).number(0)));
    }

    /** Move direction in radians; null (or no argument) means stop. */
    record Move(Double angle) implements ClientPacket {
        static final Shape<Move> SHAPE = Shape.of(p -> Arrays.asList(p.angle()), a -> new Move(a.arity(0, 1).numberOrNil(0)));
    }

    record ResetMove() implements ClientPacket {
        static final Shape<ResetMove> SHAPE = Shape.empty(ResetMove::new);
    }

    /** Attack button down or up (sent as 1 or 0); the angle, or nil, comes with it. */
    record Attack(boolean down, Double angle) implements ClientPacket {
        static final Shape<Attack> SHAPE = Shape.of(p -> Arrays.asList(p.down() ? 1 : 0, p.angle()),
                a -> new Attack(a.arity(1, 2).flag(0), a.numberOrNil(1)));
    }

    /** A weapon as {@code [id, true]}, an item as {@code [index, nil]}. */
    record Select(int id, boolean weapon) implements ClientPacket {
        static final Shape<Select> SHAPE = Shape.of(p -> Arrays.asList(p.id(), p.weapon() ? Boolean.TRUE : null),
                a -> new Select(a.arity(1, 2).integer(0, 0, 255), a.flag(1)));
    }

    record Upgrade(int index) implements ClientPacket {
        static final Shape<Upgrade> SHAPE = Shape.of(p -> List.of(p.index()), a -> new Upgrade(a.arity(1, 1).integer(0, 0, 255)));
    }

    /** 0 toggles direction lock, 1 toggles auto-gather. */
    record Toggle(int which) implements ClientPacket {
        static final Shape<Toggle> SHAPE = Shape.of(p -> List.of(p.which()), a -> new Toggle(a.arity(1, 1).integer(0, 0, 1)));
    }

    record CreateTribe(String name) implements ClientPacket {
        static final Shape<CreateTribe> SHAPE = Shape.of(p -> List.of(p.name()), a -> new CreateTribe(a.arity(1, 1).string(0, 7)));
    }

    record LeaveTribe() implements ClientPacket {
        static final Shape<LeaveTribe> SHAPE = Shape.empty(LeaveTribe::new);
    }

    record JoinTribe(String tribe) implements ClientPacket {
        static final Shape<JoinTribe> SHAPE = Shape.of(p -> List.of(p.tribe()), a -> new JoinTribe(a.arity(1, 1).string(0, 7)));
    }

    /** The leader's answer, sent as 0 or 1. */
    record AnswerJoin(int playerSid, boolean accept) implements ClientPacket {
        static final Shape<AnswerJoin> SHAPE = Shape.of(p -> List.of(p.playerSid(), p.accept() ? 1 : 0),
                a -> new AnswerJoin(a.arity(2, 2).integer(0, 0, 65535), a.flag(1)));
    }

    record KickMember(int playerSid) implements ClientPacket {
        static final Shape<KickMember> SHAPE = Shape.of(p -> List.of(p.playerSid()), a -> new KickMember(a.arity(1, 1).integer(0, 0, 65535)));
    }

    /** Buy (1) or equip (0), the id, hat (0) or accessory (1). */
    record Store(boolean buy, int id, boolean accessory) implements ClientPacket {
        static final Shape<Store> SHAPE = Shape.of(p -> List.of(p.buy() ? 1 : 0, p.id(), p.accessory() ? 1 : 0),
                a -> new Store(a.arity(2, 3).flag(0), a.integer(1, 0, 65535), a.flag(2)));
    }

    record Chat(String text) implements ClientPacket {
        static final Shape<Chat> SHAPE = Shape.of(p -> List.of(p.text()), a -> new Chat(a.arity(1, 1).string(0, MAX_CHAT)));
    }

    /** Sent as {@code [1]}; the argument means nothing. */
    record MapPing() implements ClientPacket {
        static final Shape<MapPing> SHAPE = Shape.of(p -> List.of(1), a -> {
            a.arity(0, 1);
            return new MapPing();
        });
    }

    record Ping() implements ClientPacket {
        static final Shape<Ping> SHAPE = Shape.empty(Ping::new);
    }

    // The v1.9 client's new packets (src/site/protocol.md, "The v1.9 profile"): only its profile has codes for them.

    /**
     * Anti-tamper telemetry, {@code T [flags, untrustedEvents]}: a bit set of what the page found
     * ({@link #USERSCRIPT}, {@link #SOCKET_HOOK}, {@link #RENDERER_HOOK}, {@link #DEBUGGER}) and how many
     * synthetic input events it saw. The page's own word: it proves nothing.
     */
    record Telemetry(int flags, long untrustedEvents) implements ClientPacket {
        /** A userscript manager was detected. */
        public static final int USERSCRIPT = 1;
        /** {@code WebSocket} or its {@code send} was replaced. */
        public static final int SOCKET_HOOK = 2;
        /** The renderer was hooked. */
        public static final int RENDERER_HOOK = 4;
        /** A {@code debugger} statement paused for more than 200 ms. */
        public static final int DEBUGGER = 8;
        /** The flags this server knows, in bit order. */
        public static final List<Integer> FLAGS = List.of(USERSCRIPT, SOCKET_HOOK, RENDERER_HOOK, DEBUGGER);

        static final Shape<Telemetry> SHAPE = Shape.of(p -> List.of(p.flags(), p.untrustedEvents()),
                a -> new Telemetry(a.arity(2, 2).integer(0, 0, Integer.MAX_VALUE), a.integer(1, 0, Integer.MAX_VALUE)));
    }

    /**
     * The report menu, {@code R}: {@code [sid]} opens a report of player {@code sid}, {@code [sid, 0, reason]}
     * files it (reason 1 bot, 2 hack, 3 autoheal, 4 abuse), and staff send their verdict as {@code [sid, 1]}
     * (shadow) or {@code [sid, 2]} (ban).
     */
    record Report(int sid, Action action, int reason) implements ClientPacket {
        /** What the menu asks. */
        public enum Action { OPEN, REPORT, SHADOW, BAN }

        /** The reasons the menu offers, 1 to 4. */
        public static final List<String> REASONS = List.of("bot", "hack", "autoheal", "abuse");

        public Report {
            if ((action == Action.REPORT) != (reason != 0)) {
                throw new IllegalArgumentException("a report, and only a report, has a reason");
            }
        }

        /** The reason's name, or null for an action that has none. */
        public String reasonName() {
            return reason == 0 ? null : REASONS.get(reason - 1);
        }

        static final Shape<Report> SHAPE = Shape.of(p -> switch (p.action()) {
            case OPEN -> List.of(p.sid());
            case REPORT -> List.of(p.sid(), 0, p.reason());
            case SHADOW -> List.of(p.sid(), 1);
            case BAN -> List.of(p.sid(), 2);
        }, a -> {
            int sid = a.arity(1, 3).integer(0, 0, 65535);
            if (a.size() == 1) {
                return new Report(sid, Action.OPEN, 0);
            }
            int verdict = a.integer(1, 0, 2);
            if (verdict == 0) {
                return new Report(sid, Action.REPORT, a.arity(3, 3).integer(2, 1, REASONS.size()));
            }
            a.arity(2, 2);
            return new Report(sid, verdict == 1 ? Action.SHADOW : Action.BAN, 0);
        });
    }

    /** The admin menu, {@code A [what, ...]}: one action ({@link AdminAction}). */
    record AdminMenu(AdminAction action) implements ClientPacket {
        static final Shape<AdminMenu> SHAPE = Shape.of(p -> p.action().args(), a -> new AdminMenu(AdminAction.read(a)));
    }

    /** Watch a player's live stats ({@code V [sid]}, answered with {@code F}); nil stops watching. */
    record Watch(Integer sid) implements ClientPacket {
        static final Shape<Watch> SHAPE = Shape.of(p -> Arrays.asList(p.sid()),
                a -> new Watch(a.arity(0, 1).isNil(0) ? null : a.integer(0, 0, 65535)));
    }
}
