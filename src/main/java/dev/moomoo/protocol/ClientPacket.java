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
}
