package dev.moomoo.protocol;

import dev.moomoo.protocol.ClientPacket.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Client packets to and from msgpack {@code [code, [args...]]}. Decoding is what the server does with
 * every inbound message; encoding is for the clients this project writes (tests, load generator).
 */
public final class ClientCodec {
    private static final int MAX_NAME = ClientPacket.MAX_NAME;
    private static final int MAX_CHAT = ClientPacket.MAX_CHAT;
    /** How much of an unknown packet code an error message repeats. */
    static final int CODE_IN_ERRORS = 16;

    private final CodeTable table;

    public ClientCodec(CodeTable table) {
        this.table = table;
    }

    public CodeTable table() {
        return table;
    }

    public ClientPacket decode(byte[] message) throws PacketException {
        Object root = MsgpackValues.read(message, MsgpackValues.Limits.CLIENT);
        if (!(root instanceof List<?> pair) || pair.size() != 2) {
            throw new PacketException(PacketException.Reason.NOT_A_PACKET, "message is not a [code, args] pair");
        }
        if (!(pair.get(0) instanceof String code)) {
            throw new PacketException(PacketException.Reason.NOT_A_PACKET, "packet code is not a string");
        }
        if (!(pair.get(1) instanceof List<?> list)) {
            throw new PacketException(PacketException.Reason.NOT_A_PACKET, "packet " + Text.quote(code, CODE_IN_ERRORS) + ": arguments are not an array");
        }
        ClientKind kind = table.clientKind(code);
        if (kind == null) {
            throw new PacketException(PacketException.Reason.UNKNOWN_CODE, "unknown packet code " + Text.quote(code, CODE_IN_ERRORS));
        }
        try {
            return decode(kind, new Args(kind, list));
        } catch (PacketException e) {
            throw e.forCode(code);
        }
    }

    private static ClientPacket decode(ClientKind kind, Args a) throws PacketException {
        return switch (kind) {
            case SPAWN -> {
                a.arity(1, 1);
                Args s = Args.ofMap(kind, a.map(0), "name", "moofoll", "skin");
                String name = s.isNil(0) ? "" : s.string(0, MAX_NAME);
                int skin = s.isNil(2) ? 0 : s.integer(2, 0, 9);
                yield new Spawn(name, s.flag(1), skin);
            }
            case AIM -> new Aim(a.arity(1, 1).number(0));
            case MOVE -> new Move(a.arity(0, 1).numberOrNil(0));
            case RESET_MOVE -> {
                a.arity(0, 0);
                yield new ResetMove();
            }
            case ATTACK -> {
                a.arity(1, 2);
                yield new Attack(a.flag(0), a.numberOrNil(1));
            }
            case SELECT -> new Select(a.arity(1, 2).integer(0, 0, 255), a.flag(1));
            case UPGRADE -> new Upgrade(a.arity(1, 1).integer(0, 0, 255));
            case TOGGLE -> new Toggle(a.arity(1, 1).integer(0, 0, 1));
            case CREATE_TRIBE -> new CreateTribe(a.arity(1, 1).string(0, 7));
            case LEAVE_TRIBE -> {
                a.arity(0, 0);
                yield new LeaveTribe();
            }
            case JOIN_TRIBE -> new JoinTribe(a.arity(1, 1).string(0, 7));
            case ANSWER_JOIN -> new AnswerJoin(a.arity(2, 2).integer(0, 0, 65535), a.flag(1));
            case KICK_MEMBER -> new KickMember(a.arity(1, 1).integer(0, 0, 65535));
            case STORE -> new Store(a.arity(2, 3).flag(0), a.integer(1, 0, 65535), a.flag(2));
            case CHAT -> new Chat(a.arity(1, 1).string(0, MAX_CHAT));
            case MAP_PING -> {
                a.arity(0, 1);
                yield new MapPing();
            }
            case PING -> {
                a.arity(0, 0);
                yield new Ping();
            }
        };
    }

    public byte[] encode(ClientPacket packet) {
        return new MsgpackWriter(false).message(table.clientCode(packet.kind()), args(packet));
    }

    /**
     * The positional arguments of {@code packet}, as the real client sends them: an attack always with
     * its angle or nil, an item selected as {@code [index, nil]}, flags of the tribe and store panels
     * as 0 or 1.
     */
    public static List<Object> args(ClientPacket packet) {
        return switch (packet) {
            case Spawn s -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", s.name());
                m.put("moofoll", s.moofoll());
                m.put("skin", s.skin());
                yield List.of(m);
            }
            case Aim p -> List.of(p.angle());
            case Move p -> nullable(p.angle());
            case ResetMove p -> List.of();
            case Attack p -> Arrays.asList(p.down() ? 1 : 0, p.angle());
            case Select p -> Arrays.asList(p.id(), p.weapon() ? Boolean.TRUE : null);
            case Upgrade p -> List.of(p.index());
            case Toggle p -> List.of(p.which());
            case CreateTribe p -> List.of(p.name());
            case LeaveTribe p -> List.of();
            case JoinTribe p -> List.of(p.tribe());
            case AnswerJoin p -> List.of(p.playerSid(), p.accept() ? 1 : 0);
            case KickMember p -> List.of(p.playerSid());
            case Store p -> List.of(p.buy() ? 1 : 0, p.id(), p.accessory() ? 1 : 0);
            case Chat p -> List.of(p.text());
            case MapPing p -> List.of(1);
            case Ping p -> List.of();
        };
    }

    private static List<Object> nullable(Object v) {
        List<Object> l = new ArrayList<>(1);
        l.add(v);
        return l;
    }
}
