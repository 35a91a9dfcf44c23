package dev.moomoo.protocol;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the v1.9 client's admin menu asks for, {@code A [what, ...]} ({@link ClientPacket.AdminMenu}):
 * one record per kind of action, each with the arguments the menu sends. Only the server decides what
 * an action does, and for whom (src/site/protocol.md, "The v1.9 profile").
 */
public sealed interface AdminAction {
    /** The largest multiplier the menu offers ({@code power} up to 100). */
    double MAX_MULTIPLIER = 100;

    /** The packet's arguments: the action's name first. */
    List<?> args();

    /** {@code [name, 0|1]}: god, aura, godlike, boss or invisible, on or off. */
    record Switch(String name, boolean on) implements AdminAction {
        public static final Set<String> NAMES = Set.of("god", "aura", "godlike", "boss", "invisible");

        @Override
        public List<?> args() {
            return List.of(name, on ? 1 : 0);
        }
    }

    /** {@code [name, factor]}: size (1, 1.5, 2, 3), power (1 to 100), speed or health (1 to 20). */
    record Multiplier(String name, double factor) implements AdminAction {
        public static final Set<String> NAMES = Set.of("size", "power", "speed", "health");

        @Override
        public List<?> args() {
            return List.of(name, factor);
        }
    }

    /** {@code ["spawn", aiType, count]}: animals of the v1.9 client's animal table at the admin. */
    record SpawnAnimal(int aiType, int count) implements AdminAction {
        @Override
        public List<?> args() {
            return List.of("spawn", aiType, count);
        }
    }

    /** {@code ["tp", x, y]}: the admin to a point. */
    record Teleport(double x, double y) implements AdminAction {
        @Override
        public List<?> args() {
            return List.of("tp", x, y);
        }
    }

    /** {@code ["gotomob", aiType]}: the admin to an animal of that type. */
    record GoToAnimal(int aiType) implements AdminAction {
        @Override
        public List<?> args() {
            return List.of("gotomob", aiType);
        }
    }

    /** {@code ["goto", sid]}: the admin to a player. */
    record GoTo(int sid) implements AdminAction {
        @Override
        public List<?> args() {
            return List.of("goto", sid);
        }
    }

    /** {@code ["summon", sid]}: a player to the admin. */
    record Summon(int sid) implements AdminAction {
        @Override
        public List<?> args() {
            return List.of("summon", sid);
        }
    }

    /** {@code ["weapon", id, tier, toSid?]}: a weapon in a tier (0 normal to 4 emerald), to the admin or to {@code toSid}. */
    record GiveWeapon(int id, int tier, Integer toSid) implements AdminAction {
        @Override
        public List<?> args() {
            return toSid == null ? List.of("weapon", id, tier) : List.of("weapon", id, tier, toSid);
        }
    }

    /** {@code ["item", id, 0, toSid?]}: an item, to the admin or to {@code toSid}. */
    record GiveItem(int id, Integer toSid) implements AdminAction {
        @Override
        public List<?> args() {
            return toSid == null ? List.of("item", id, 0) : List.of("item", id, 0, toSid);
        }
    }

    /** {@code ["give", resource, amount, toSid?]}: resource 0 wood, 1 food, 2 stone, 3 gold, to the admin or to {@code toSid}. */
    record GiveResource(int resource, long amount, Integer toSid) implements AdminAction {
        public static final List<String> RESOURCES = List.of("wood", "food", "stone", "gold");

        @Override
        public List<?> args() {
            return toSid == null ? List.of("give", resource, amount) : List.of("give", resource, amount, toSid);
        }
    }

    /** {@code ["deltribe", tribe]}: end a tribe (the client sends its sid, which in this server is its name). */
    record DeleteTribe(String tribe) implements AdminAction {
        @Override
        public List<?> args() {
            return List.of("deltribe", tribe);
        }
    }

    /** The action in {@code A}'s arguments, checked as strictly as every other packet. */
    static AdminAction read(Args a) throws PacketException {
        String name = a.arity(1, 4).string(0, 16).toLowerCase(Locale.ROOT);
        if (Switch.NAMES.contains(name)) {
            return new Switch(name, a.arity(2, 2).integer(1, 0, 1) == 1);
        }
        if (Multiplier.NAMES.contains(name)) {
            double factor = a.arity(2, 2).number(1);
            if (factor <= 0 || factor > MAX_MULTIPLIER) {
                throw new PacketException(PacketException.Reason.ARGUMENT, "admin " + name + ": a factor above 0 and at most " + MAX_MULTIPLIER);
            }
            return new Multiplier(name, factor);
        }
        return switch (name) {
            case "spawn" -> new SpawnAnimal(a.arity(2, 3).integer(1, 0, 255), a.isNil(2) ? 1 : a.integer(2, 1, 100));
            case "tp" -> new Teleport(a.arity(3, 3).number(1), a.number(2));
            case "gotomob" -> new GoToAnimal(a.arity(2, 2).integer(1, 0, 255));
            case "goto" -> new GoTo(a.arity(2, 2).integer(1, 0, 65535));
            case "summon" -> new Summon(a.arity(2, 2).integer(1, 0, 65535));
            case "weapon" -> new GiveWeapon(a.arity(3, 4).integer(1, 0, 255), a.integer(2, 0, 4), toSid(a, 3));
            case "item" -> {
                a.arity(3, 4).integer(2, 0, 0);
                yield new GiveItem(a.integer(1, 0, 255), toSid(a, 3));
            }
            case "give" -> new GiveResource(a.arity(3, 4).integer(1, 0, GiveResource.RESOURCES.size() - 1),
                    a.integer(2, 0, Integer.MAX_VALUE), toSid(a, 3));
            case "deltribe" -> new DeleteTribe(a.arity(2, 2).raw(1) instanceof String ? a.string(1, 64) : Long.toString(a.integer(1)));
            default -> throw new PacketException(PacketException.Reason.ARGUMENT, "admin action " + Text.quote(name, 16)
                    + ": expected one of " + String.join(", ", names()));
        };
    }

    private static Integer toSid(Args a, int i) throws PacketException {
        return a.isNil(i) ? null : a.integer(i, 0, 65535);
    }

    /** Every action's name, for error messages. */
    private static List<String> names() {
        return Arrays.asList("god", "aura", "godlike", "boss", "invisible", "size", "power", "speed", "health", "spawn", "tp", "gotomob",
                "goto", "summon", "weapon", "item", "give", "deltribe");
    }
}
