package dev.moomoo.lab.inspect;

import dev.moomoo.protocol.ClientKind;
import dev.moomoo.protocol.Profile;
import dev.moomoo.protocol.ServerKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.moomoo.lab.inspect.Layout.VALUE;
import static dev.moomoo.lab.inspect.Layout.args;
import static dev.moomoo.lab.inspect.Layout.rows;

/**
 * The names of every packet's arguments, per profile and direction, as src/site/protocol.md's tables
 * name them (its columns "arguments"): the positions of each shape's argument list, and the rows of the
 * flat lists ({@code a}, {@code G}, {@code H}, {@code I}, {@code 4}, {@code 7}). The switches have no
 * default: a packet added to a registry does not build until it is named here.
 */
final class PacketLayouts {
    /** A player as {@code D} carries it: the ten values of the client's {@code setData}. */
    private static final List<String> PLAYER = List.of("id", "sid", "name", "x", "y", "dir", "hp", "maxHp", "scale", "skin");
    private static final String[] ATTRIBUTES = {"buildIndex", "weaponIndex", "weaponVariant", "team", "isLeader", "skinIndex",
            "tailIndex", "iconIndex", "zIndex"};

    private PacketLayouts() {
    }

    /** How {@code profile} lays out the arguments of {@code kind}, sent by the server. */
    static Layout of(Profile profile, ServerKind kind) {
        boolean v19 = profile == Profile.V19;
        return switch (kind) {
            case IO_INIT -> v19 ? args("socketId", "seed", "keyHex", "mode", "pinned") : args("socketId", "seed", "keyHex", "mode");
            case TRIBE_LIST -> args("tribes");
            case DISCONNECT -> args("reason");
            case SETUP_GAME -> args("yourSid");
            case ADD_PLAYER -> new Layout.Tuple(List.of("player", "isYou"), List.of(player(v19), VALUE));
            case REMOVE_PLAYER -> args("id");
            case UPDATE_PLAYERS -> v19
                    ? new Layout.Tuple(List.of("positions", "attributes", "hidden"),
                            List.of(rows("sid", "x", "y", "dir"), rows(withSid(ATTRIBUTES)), VALUE))
                    : one("players", rows(concat(new String[] {"sid", "x", "y", "dir"}, ATTRIBUTES)));
            case LEADERBOARD -> v19
                    ? new Layout.Tuple(List.of("entries", "roles", "dead", "crabKillers", "clans", "tribes"),
                            List.of(rows("sid", "name", "score"), rows("sid", "role"), VALUE, VALUE, rows("sid", "clan"), rows("sid", "tribe")))
                    : one("entries", rows("sid", "name", "score"));
            case ADD_OBJECTS -> one("objects", rows("sid", "x", "y", "dir", "scale", "type", "itemIndex", "ownerSid"));
            case UPDATE_ANIMALS -> v19
                    ? new Layout.Tuple(List.of("animals", "hidden"), List.of(rows("sid", "type", "x", "y", "dir", "hp", "nameIndex", "state"), VALUE))
                    : one("animals", rows("sid", "type", "x", "y", "dir", "hp", "nameIndex"));
            case ANIMAL_ATTACK -> args("sid");
            case SWING -> args("sid", "didHit", "weaponIndex");
            case WIGGLE -> args("dir", "objectSid");
            case TURRET_SHOT -> args("objectSid", "dir");
            case STAT -> args("prop", "value", "updateView");
            case HEALTH -> args("sid", "hp");
            case DIED, PONG -> args();
            case REMOVE_OBJECT -> args("objectSid");
            case REMOVE_BUILDINGS -> args("ownerSid");
            case ITEM_COUNT -> args("group", "count");
            case XP -> args("xp", "maxXp", "age");
            case UPGRADES -> args("points", "upgradeAge");
            case HOTBAR -> args("ids", "isWeapons");
            case ADD_PROJECTILE -> args("x", "y", "dir", "range", "speed", "index", "layer", "sid");
            case PROJECTILE_RANGE -> args("sid", "range");
            case RESTART_NOTICE -> args("seconds");
            case TRIBE_ADDED -> args("tribe");
            case TRIBE_REMOVED -> args("sid");
            case JOIN_REQUEST -> args("sid", "name");
            case MY_TRIBE -> args("team", "isOwner");
            case TRIBE_MEMBERS -> one("members", rows("sid", "name"));
            case STORE_STATE -> args("action", "id", "isAccessory");
            case CHAT -> args("sid", "message");
            case MINIMAP -> one("mates", rows("x", "y"));
            case FLOATING_TEXT -> args("x", "y", "value", "type");
            case MAP_PING -> args("x", "y");
            case TELEGRAPH -> args("style", "x", "y", "radius", "durationMs", "x2", "y2");
            case LIVE_STATS -> args("sid", "kills", "wood", "food", "stone", "gold", "damage", "animalDamage", "healing", "animals",
                    "bosses", "guestId", "score");
        };
    }

    /** How every profile lays out the arguments of {@code kind}, sent by a client. */
    static Layout of(ClientKind kind) {
        return switch (kind) {
            case SPAWN -> args("spawn");
            case AIM -> args("angle");
            case MOVE -> args("angle");
            case RESET_MOVE, LEAVE_TRIBE, PING -> args();
            case ATTACK -> args("down", "angle");
            case SELECT -> args("id", "isWeapon");
            case UPGRADE -> args("choice");
            case TOGGLE -> args("which");
            case CREATE_TRIBE -> args("name");
            case JOIN_TRIBE -> args("tribeSid");
            case ANSWER_JOIN -> args("sid", "accept");
            case KICK_MEMBER -> args("sid");
            case STORE -> args("buy", "id", "isAccessory");
            case CHAT -> args("text");
            case MAP_PING -> args("one");
            case TELEMETRY -> args("flags", "untrustedEvents");
            case REPORT -> args("sid", "verdict", "reason");
            case ADMIN_MENU -> args("what");
            case WATCH -> args("sid");
        };
    }

    /**
     * Every layout of every profile, for the page: {@code {profile: {"in": {code: layout}, "out": {code:
     * layout}}}}, codes as each profile's table has them.
     */
    static Map<String, Object> json() {
        Map<String, Object> all = new LinkedHashMap<>();
        for (Profile profile : Profile.ALL) {
            Map<String, Object> in = new LinkedHashMap<>();
            for (ClientKind kind : ClientKind.values()) {
                if (profile.codes().has(kind)) {
                    in.put(profile.codes().clientCode(kind), Layout.json(of(kind)));
                }
            }
            Map<String, Object> out = new LinkedHashMap<>();
            for (ServerKind kind : ServerKind.values()) {
                if (profile.codes().has(kind)) {
                    out.put(profile.codes().serverCode(kind), Layout.json(of(profile, kind)));
                }
            }
            all.put(profile.name(), Map.of("in", in, "out", out));
        }
        return all;
    }

    private static Layout player(boolean v19) {
        List<String> names = v19 ? concat(PLAYER, List.of("aura", "bossMode", "clan")) : PLAYER;
        return args(names.toArray(String[]::new));
    }

    /** One argument, laid out as {@code layout}: a flat-list packet. */
    private static Layout one(String name, Layout layout) {
        return new Layout.Tuple(List.of(name), List.of(layout));
    }

    private static String[] withSid(String[] names) {
        return concat(new String[] {"sid"}, names);
    }

    private static String[] concat(String[] a, String[] b) {
        return concat(List.of(a), List.of(b)).toArray(String[]::new);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
