package dev.moomoo.protocol;

import java.util.List;

/** What the server sends. {@link ServerCodec} writes each as {@code [code, [args...]]}. */
public sealed interface ServerPacket {
    ServerKind kind();

    /** Always first. Mode 0 means plain frames (no secure mode). */
    record IoInit(String socketId, long seed, String keyHex, int mode) implements ServerPacket {
        public ServerKind kind() { return ServerKind.IO_INIT; }
    }

    record Tribe(String sid, int owner) {
    }

    record TribeList(List<Tribe> teams) implements ServerPacket {
        public ServerKind kind() { return ServerKind.TRIBE_LIST; }
    }

    /** The client puts the reason into the page as HTML: build it only from {@link Text#escapeHtml} output. */
    record Disconnect(String reason) implements ServerPacket {
        public ServerKind kind() { return ServerKind.DISCONNECT; }
    }

    record SetupGame(int yourSid) implements ServerPacket {
        public ServerKind kind() { return ServerKind.SETUP_GAME; }
    }

    record PlayerInfo(String id, int sid, String name, double x, double y, double dir, int health, int maxHealth, int scale, int skinColor) {
    }

    record AddPlayer(PlayerInfo player, boolean isYou) implements ServerPacket {
        public ServerKind kind() { return ServerKind.ADD_PLAYER; }
    }

    /** Takes the string id of {@link PlayerInfo#id}, not the sid. */
    record RemovePlayer(String id) implements ServerPacket {
        public ServerKind kind() { return ServerKind.REMOVE_PLAYER; }
    }

    /** One player in an {@code a} update: 13 values on the wire. {@code team} is null without a tribe. */
    record PlayerState(int sid, double x, double y, double dir, int buildIndex, int weaponIndex, int weaponVariant,
                       String team, boolean isLeader, int skinIndex, int tailIndex, int iconIndex, int zIndex) {
    }

    record UpdatePlayers(List<PlayerState> players) implements ServerPacket {
        public ServerKind kind() { return ServerKind.UPDATE_PLAYERS; }
    }

    record LeaderEntry(int sid, String name, long score) {
    }

    record Leaderboard(List<LeaderEntry> entries) implements ServerPacket {
        public ServerKind kind() { return ServerKind.LEADERBOARD; }
    }

    /** One object in an {@code H} packet: 8 values. {@code itemId} null and owner -1 for natural objects. */
    record ObjectInfo(int sid, double x, double y, double dir, int scale, Integer type, Integer itemId, int ownerSid) {
    }

    record AddObjects(List<ObjectInfo> objects) implements ServerPacket {
        public ServerKind kind() { return ServerKind.ADD_OBJECTS; }
    }

    record AnimalState(int sid, int type, double x, double y, double dir, int health, int nameIndex) {
    }

    record UpdateAnimals(List<AnimalState> animals) implements ServerPacket {
        public ServerKind kind() { return ServerKind.UPDATE_ANIMALS; }
    }

    record AnimalAttack(int sid) implements ServerPacket {
        public ServerKind kind() { return ServerKind.ANIMAL_ATTACK; }
    }

    record Swing(int sid, boolean didHit, int weaponIndex) implements ServerPacket {
        public ServerKind kind() { return ServerKind.SWING; }
    }

    record Wiggle(double dir, int objectSid) implements ServerPacket {
        public ServerKind kind() { return ServerKind.WIGGLE; }
    }

    record TurretShot(int objectSid, double dir) implements ServerPacket {
        public ServerKind kind() { return ServerKind.TURRET_SHOT; }
    }

    /** One of the player's own values: "points" (gold), "wood", "food", "stone", "kills". */
    record Stat(String prop, long value, boolean updateView) implements ServerPacket {
        public ServerKind kind() { return ServerKind.STAT; }
    }

    record Health(int sid, int health) implements ServerPacket {
        public ServerKind kind() { return ServerKind.HEALTH; }
    }

    record Died() implements ServerPacket {
        public ServerKind kind() { return ServerKind.DIED; }
    }

    record RemoveObject(int sid) implements ServerPacket {
        public ServerKind kind() { return ServerKind.REMOVE_OBJECT; }
    }

    record RemoveBuildings(int ownerSid) implements ServerPacket {
        public ServerKind kind() { return ServerKind.REMOVE_BUILDINGS; }
    }

    record ItemCount(int group, int count) implements ServerPacket {
        public ServerKind kind() { return ServerKind.ITEM_COUNT; }
    }

    /**
     * XP; at an age-up also the new maximum and age. {@code maxXp} and {@code age} are both null (one
     * argument on the wire) or both set (three).
     */
    record Xp(long xp, Double maxXp, Integer age) implements ServerPacket {
        public Xp {
            if ((maxXp == null) != (age == null)) {
                throw new IllegalArgumentException("maxXp and age go together");
            }
        }

        public static Xp of(long xp) {
            return new Xp(xp, null, null);
        }

        public ServerKind kind() { return ServerKind.XP; }
    }

    record Upgrades(int points, int age) implements ServerPacket {
        public ServerKind kind() { return ServerKind.UPGRADES; }
    }

    record Hotbar(List<Integer> ids, boolean weapons) implements ServerPacket {
        public ServerKind kind() { return ServerKind.HOTBAR; }
    }

    record AddProjectile(double x, double y, double dir, double range, double speed, int index, int layer, int sid) implements ServerPacket {
        public ServerKind kind() { return ServerKind.ADD_PROJECTILE; }
    }

    record ProjectileRange(int sid, double range) implements ServerPacket {
        public ServerKind kind() { return ServerKind.PROJECTILE_RANGE; }
    }

    record RestartNotice(int seconds) implements ServerPacket {
        public ServerKind kind() { return ServerKind.RESTART_NOTICE; }
    }

    record TribeAdded(String sid, int owner) implements ServerPacket {
        public ServerKind kind() { return ServerKind.TRIBE_ADDED; }
    }

    record TribeRemoved(String sid) implements ServerPacket {
        public ServerKind kind() { return ServerKind.TRIBE_REMOVED; }
    }

    record JoinRequest(int sid, String name) implements ServerPacket {
        public ServerKind kind() { return ServerKind.JOIN_REQUEST; }
    }

    record MyTribe(String team, boolean isOwner) implements ServerPacket {
        public ServerKind kind() { return ServerKind.MY_TRIBE; }
    }

    record Member(int sid, String name) {
    }

    record TribeMembers(List<Member> members) implements ServerPacket {
        public ServerKind kind() { return ServerKind.TRIBE_MEMBERS; }
    }

    /** {@code action} 0 bought, 1 equipped. */
    record StoreState(int action, int id, boolean accessory) implements ServerPacket {
        public ServerKind kind() { return ServerKind.STORE_STATE; }
    }

    /**
     * A chat line shown as a bubble over player {@code sid}. Sid -1 is a server notice, which only this
     * project's own client shows (the real client finds no player -1 and shows nothing).
     */
    record Chat(int sid, String message) implements ServerPacket {
        public ServerKind kind() { return ServerKind.CHAT; }
    }

    /** Tribe-mates' positions, x and y alternating. */
    record Minimap(List<Double> coordinates) implements ServerPacket {
        public ServerKind kind() { return ServerKind.MINIMAP; }
    }

    record FloatingText(double x, double y, int value, int type) implements ServerPacket {
        public ServerKind kind() { return ServerKind.FLOATING_TEXT; }
    }

    record MapPing(double x, double y) implements ServerPacket {
        public ServerKind kind() { return ServerKind.MAP_PING; }
    }

    record Pong() implements ServerPacket {
        public ServerKind kind() { return ServerKind.PONG; }
    }
}
